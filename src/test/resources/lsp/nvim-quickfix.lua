-- Driven by NvimIT: opens the draft named in $LIHAAZ_DRAFT in a headless Neovim, starts
-- `lihaaz lsp` ($LIHAAZ_JAVA -jar $LIHAAZ_JAR lsp), waits for its diagnostics, applies the
-- preferred quick fix for the first one, writes the file and records what it saw in $LIHAAZ_OUT.
local out = {}

local function finish(code)
  local f = io.open(vim.env.LIHAAZ_OUT, 'w')
  f:write(vim.fn.json_encode(out))
  f:close()
  vim.cmd(code == 0 and 'qall!' or 'cquit! ' .. code)
end

local ok, err = pcall(function()
  vim.cmd('edit ' .. vim.fn.fnameescape(vim.env.LIHAAZ_DRAFT))
  vim.bo.filetype = 'markdown'
  local config = {
    name = 'lihaaz',
    cmd = { vim.env.LIHAAZ_JAVA, '-Xmx256m', '-XX:+UseSerialGC', '-jar', vim.env.LIHAAZ_JAR, 'lsp' },
    root_dir = vim.fn.fnamemodify(vim.env.LIHAAZ_DRAFT, ':h'),
  }
  local id
  if vim.lsp.start then
    id = vim.lsp.start(config)
  else
    -- Neovim 0.7 (Debian bookworm) has no vim.lsp.start.
    id = vim.lsp.start_client(config)
    vim.lsp.buf_attach_client(0, id)
  end
  assert(id, 'the language server did not start')
  local got = vim.wait(90000, function() return #vim.diagnostic.get(0) > 0 end, 50)
  assert(got, 'no diagnostics within 90 s')
  local d = vim.diagnostic.get(0)[1]
  out.diagnostic = { lnum = d.lnum, col = d.col, end_col = d.end_col, message = d.message, source = d.source,
                     code = d.code or (d.user_data and d.user_data.lsp and d.user_data.lsp.code) }
  local params = {
    textDocument = { uri = vim.uri_from_bufnr(0) },
    range = { start = { line = d.lnum, character = d.col }, ['end'] = { line = d.end_lnum, character = d.end_col } },
    context = { diagnostics = {}, only = { 'quickfix' } },
  }
  local responses = vim.lsp.buf_request_sync(0, 'textDocument/codeAction', params, 60000)
  local chosen
  out.titles = {}
  for _, r in pairs(responses or {}) do
    for _, action in ipairs(r.result or {}) do
      table.insert(out.titles, action.title)
      if action.isPreferred and not chosen then chosen = action end
    end
  end
  assert(chosen, 'no preferred quick fix')
  out.applied = chosen.title
  vim.lsp.util.apply_workspace_edit(chosen.edit, 'utf-16')
  vim.cmd('write')
  vim.lsp.stop_client(id)
end)
if not ok then
  out.error = tostring(err)
  finish(3)
else
  finish(0)
end
