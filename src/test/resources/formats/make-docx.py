#!/usr/bin/env python3
"""Writes golden.docx, the Word document of the .docx golden test, from the XML below.

Run it again only to change the test document (python3 make-docx.py); the .docx is committed so the
test needs no Python. The XML is written by hand to hold what a reader must handle: a match split
across formatted runs, a comment, a tracked deletion, a field code, a line break, a table, emoji,
a header and a footer.
"""
import zipfile

W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' \
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'


def p(*runs):
    return "<w:p>" + "".join(runs) + "</w:p>"


def r(text, bold=False):
    props = "<w:rPr><w:b/></w:rPr>" if bold else ""
    return f'<w:r>{props}<w:t xml:space="preserve">{text}</w:t></w:r>'


body = "".join([
    p(r("Annual report of the welfare committee")),
    p(r("The "), r("chair", bold=True), r("man thanked every policeman on duty."),
      '<w:commentRangeStart w:id="0"/>', r(" A note."), '<w:commentRangeEnd w:id="0"/>',
      '<w:r><w:commentReference w:id="0"/></w:r>'),
    p(),
    p('<w:del w:id="1" w:author="Editor"><w:r><w:delText>The fireman left. </w:delText></w:r></w:del>',
      r("The spokesman &amp; the chairwoman spoke.")),
    '<w:tbl><w:tr><w:tc>' + p(r("A fireman")) + '</w:tc><w:tc>' + p(r("\U0001F600 the chairman")) + '</w:tc></w:tr></w:tbl>',
    p('<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> HYPERLINK "chairman" </w:instrText></w:r>'
      '<w:r><w:fldChar w:fldCharType="separate"/></w:r>', r("a link"), '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
      '<w:r><w:t xml:space="preserve">First line</w:t><w:br/><w:t xml:space="preserve">the policeman</w:t></w:r>'),
    '<w:sectPr><w:headerReference w:type="default" r:id="rIdH"/><w:footerReference w:type="default" r:id="rIdF"/></w:sectPr>',
])

files = {
    "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>'
    '</Types>',
    "_rels/.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '</Relationships>',
    "word/_rels/document.xml.rels": '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rIdH" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>'
    '<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
    '<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>'
    '</Relationships>',
    "word/document.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document {W}><w:body>{body}</w:body></w:document>',
    "word/header1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:hdr {W}>{p(r("Issued by the policeman on duty"))}</w:hdr>',
    "word/footer1.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:ftr {W}>{p(r("Ask any spokesman"))}</w:ftr>',
    "word/comments.xml": f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments {W}>'
    f'<w:comment w:id="0" w:author="Editor">{p(r("The chairman in a comment is not checked"))}</w:comment></w:comments>',
}

with zipfile.ZipFile("golden.docx", "w", zipfile.ZIP_DEFLATED) as z:
    for name, data in files.items():
        info = zipfile.ZipInfo(name, date_time=(2024, 1, 1, 0, 0, 0))
        info.compress_type = zipfile.ZIP_DEFLATED
        z.writestr(info, data.encode("utf-8"))
