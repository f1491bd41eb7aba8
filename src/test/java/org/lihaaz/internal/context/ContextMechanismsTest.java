package org.lihaaz.internal.context;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.lihaaz.testing.TestRules.check;
import static org.lihaaz.testing.TestRules.engine;
import static org.lihaaz.testing.TestRules.matches;
import static org.lihaaz.testing.TestRules.rule;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.lihaaz.engine.Lihaaz;

/** One test per context mechanism, each on a small rule written for it. */
class ContextMechanismsTest {
    @Test
    void partOfSpeechOfTheMatch() {
        Lihaaz e = engine(rule("manned", "[manned]", "inflect: none", "requires: [{pos: [VERB]}]"));
        assertEquals(List.of("manned"), matches(e, "She manned the stall alone."));
        assertEquals(List.of(), matches(e, "The agency plans a manned mission to the Moon."));
    }

    @Test
    void partOfSpeechOfTheNextWord() {
        Lihaaz e = engine(rule("tg", "[\"a transgender\"]", "inflect: none", "unless: [{next-pos: [NOUN]}]"));
        assertEquals(List.of("A transgender"), matches(e, "A transgender was attacked in Peshawar."));
        assertEquals(List.of(), matches(e, "A transgender woman was elected."));
    }

    @Test
    void unlessAfter() {
        Lihaaz e = engine(rule("mental", "[mental]", "inflect: none", "unless: [{after: [health]}]"));
        assertEquals(List.of("mental"), matches(e, "He is mental."));
        assertEquals(List.of(), matches(e, "Mental health matters."));
    }

    @Test
    void unlessBeforeWithinAWindow() {
        Lihaaz e = engine(rule("hk", "[\"honour killing\"]", "unless: [{before: [so-called], window: 2}]"));
        assertEquals(List.of("honour killing"), matches(e, "An honour killing was reported."));
        assertEquals(List.of(), matches(e, "A so-called honour killing was reported."));
        assertEquals(List.of(), matches(e, "A so-called alleged honour killing was reported."));
        assertEquals(List.of("honour killing"), matches(e, "It was so-called. Then an honour killing was reported."));
    }

    @Test
    void requiresNearStaysInsideTheSentence() {
        Lihaaz e = engine(rule("fair", "[fair]", "inflect: none", "requires: [{near: [bride], window: 4}]"));
        assertEquals(List.of("fair"), matches(e, "Wanted: fair, slim, educated bride."));
        assertEquals(List.of(), matches(e, "It is only fair. The bride arrived."));
        assertEquals(List.of(), matches(e, "The bride said the election was not fair to anyone at all."));
    }

    @Test
    void unlessAnywhereInTheSentence() {
        Lihaaz e = engine(rule("q", "[qadiani]", "unless: [{sentence: [\"penal code\"]}]"));
        assertEquals(List.of("Qadiani"), matches(e, "The Qadiani shop was sealed. The penal code was amended."));
        assertEquals(List.of(), matches(e, "Section 298-C of the penal code names the Qadiani group."));
    }

    @Test
    void anyAndAllGroups() {
        Lihaaz e = engine(rule("lame", "[lame]", "inflect: none",
                "requires: [{any: [{after: [excuse]}, {before: [so]}]}]",
                "unless: [{all: [{before: [so]}, {after: [horse]}]}]"));
        assertEquals(List.of("lame", "lame"), matches(e, "A lame excuse. That is so lame."));
        assertEquals(List.of(), matches(e, "The horse was lame. It is so lame horse."));
    }

    @Test
    void quotedMentionsAreSkippedUnlessTheRuleSaysOtherwise() {
        Lihaaz skip = engine(rule("c", "[chairman]"));
        assertEquals(List.of(), matches(skip, "They replaced 'chairman' with \u201Cchairperson\u201D."));
        assertEquals(List.of(), matches(skip, "They replaced \u201Cchairmen\u201D."));
        assertEquals(List.of("chairman"), matches(skip, "\u201CThe chairman will resign,\u201D he said."));
        Lihaaz hk = engine(rule("hk", "[\"honour killing\"]"));
        assertEquals(List.of(), matches(hk, "a so-called 'honour' killing"));
        Lihaaz flag = engine(rule("c", "[chairman]", "quoted: flag"));
        assertEquals(List.of("chairman"), matches(flag, "They replaced 'chairman'."));
    }

    @Test
    void capitalisedNamesAreSkipped() {
        Lihaaz e = engine(rule("lady", "[lady]") + rule("man", "[man]") + rule("savage", "[savage]"));
        assertEquals(List.of(), matches(e, "Lady Reading Hospital opened a ward."));
        assertEquals(List.of(), matches(e, "It won the Man Booker Prize."));
        assertEquals(List.of(), matches(e, "The Isle of Man hosts a race."));
        assertEquals(List.of(), matches(e, "Savage Garden's songs are still played."));
        assertEquals(List.of("Lady"), matches(e, "Lady doctor required."));
        assertEquals(List.of("Savage"), matches(e, "The Bride said: Savage dogs attacked."));
    }

    @Test
    void titleCaseHeadlinesAreNotNames() {
        Lihaaz e = engine(rule("savage", "[savage]"));
        assertEquals(List.of("Savage"), matches(e, "Savage Tribes Attack Border Villages Overnight"));
    }

    @Test
    void aSentenceCrowdedWithNamesIsNotAHeadline() {
        Lihaaz e = engine(rule("negro", "[negro]"));
        assertEquals(List.of(), matches(e, "The United Negro College Fund was founded in 1944."));
        assertEquals(List.of("Negro"), matches(e, "United Negro Fund Attacked Again"));
    }

    @Test
    void matchFormAndNegation() {
        Lihaaz e = engine(rule("tg", "[\"a transgender\"]", "inflect: none",
                "unless: [{all: [{next-pos: [NOUN]}, {not: {form: [possessive]}}]}]"));
        assertEquals(List.of("a transgender's"), matches(e, "They found a transgender's body."));
        assertEquals(List.of(), matches(e, "They met a transgender woman."));
    }

    @Test
    void punctuationBesideTheMatch() {
        Lihaaz e = engine(rule("elderly", "[\"the elderly\"]", "inflect: none",
                "unless: [{all: [{after: [young]}, {not: {punct-after: [\",\"]}}]}]"));
        assertEquals(List.of("the elderly"), matches(e, "Help the elderly, young children and the sick."));
        assertEquals(List.of(), matches(e, "Help the elderly young man."));
        Lihaaz lady = engine(rule("lady", "[\"young lady\"]", "inflect: none", "requires: [{punct-before: [\",\"]}]"));
        assertEquals(List.of("young lady"), matches(lady, "Listen, young lady, you will do as told."));
        assertEquals(List.of(), matches(lady, "A young lady won the race."));
    }

    @Test
    void aCapitalisedPhraseInsideASentenceIsATitle() {
        Lihaaz e = engine(rule("mad", "[\"mad men\"]", "inflect: none"));
        assertEquals(List.of(), matches(e, "She rewatched Mad Men last week."));
        assertEquals(List.of("mad men"), matches(e, "They called them mad men."));
    }

    @Test
    void quotedSpeechOverSeveralSentences() {
        Lihaaz e = engine(rule("terr", "[terrorist]", "unless: [{in-quotation: true}]"));
        assertEquals(List.of(), matches(e, "\u201CWe will not rest. The terrorists will be found,\u201D the minister said."));
        assertEquals(List.of("terrorists"), matches(e, "\u201CWe will not rest,\u201D he said. The terrorists fled."));
        assertEquals(List.of(), matches(e, "He said \"they hid. The terrorists fled\" and left."));
    }

    @Test
    void conditionsForOneTermOnly() {
        Lihaaz e = engine(rule("chura", "[chuhra, {term: chura, unless: [{near: [bride, wedding], window: 6}]}]"));
        assertEquals(List.of("chuhra"), matches(e, "The chuhra sweeper was not invited to the wedding."));
        assertEquals(List.of(), matches(e, "The bride wore a red chura at her wedding."));
        assertEquals(List.of("chura"), matches(e, "They called him a chura in the street."));
    }

    @Test
    void paragraphScope() {
        Lihaaz e = engine(rule("slim", "[slim]", "inflect: none", "requires: [{paragraph: [rishta]}]"));
        assertEquals(List.of("slim"), matches(e, "Rishta required for my brother. She must be slim and tall."));
        assertEquals(List.of(), matches(e, "The phone is slim and light."));
    }

    @Test
    void namesPolicyFlag() {
        Lihaaz e = engine(rule("surv", "[\"rape survivor {Cap}\"]", "inflect: none", "names: flag"));
        assertEquals(List.of("Rape survivor Kiran"), matches(e, "Rape survivor Kiran Bibi spoke."));
    }

    @Test
    void modelsLoadOnlyWhenARuleNeedsThem() {
        Lihaaz e = engine(rule("manned", "[manned]", "inflect: none", "requires: [{pos: [VERB]}]")
                + rule("chair", "[chairman]"));
        check(e, "The chairman spoke. Nothing else here.");
        assertFalse(e.modelsLoaded(), "no candidate asked for tags");
        check(e, "She manned the stall.");
        assertTrue(e.modelsLoaded());
    }

    @Test
    void findingsInsideAQuotationSayTheyAre() {
        Lihaaz e = engine(rule("pol", "[policeman]"));
        var found = check(e, "\u201CTwo policemen were injured,\u201D said the CCPO. Two policemen were hurt.").findings();
        assertEquals(2, found.size());
        assertTrue(found.get(0).quoted());
        assertFalse(found.get(1).quoted());
        // Single quotation marks in a headline, guillemets, and a quotation left open to the end of its
        // paragraph (the paragraph-per-mark newspaper style) are quotations too.
        assertTrue(check(e, "'Two policemen hurt in attack', says CCPO").findings().get(0).quoted());
        assertTrue(check(e, "Il a dit \u00ABle policeman est parti\u00BB hier.").findings().get(0).quoted());
        assertTrue(check(e, "\u201CThe policemen will stay in the area until the end of the month.").findings().get(0).quoted());
        // Apostrophes open nothing: "Martyrs' Memorial", "men's".
        assertFalse(check(e, "The Martyrs' Memorial was guarded by a policeman's squad.").findings().get(0).quoted());
    }

    @Test
    void anUnclosedQuotationEndsWithItsSentenceWhenAnotherOpens() {
        Lihaaz e = engine(rule("pol", "[policeman]"));
        var found = check(e, "\u201CThe first quote runs on, she said. A policeman said that \u201CSecond quote.\u201D")
                .findings();
        assertFalse(found.get(0).quoted());
        // A quotation that closes at the very end of its paragraph is closed, not left open.
        assertTrue(check(e, "Some were hurt. \u201CThen the policeman fired. Then he fled.\u201D").findings().get(0).quoted());
    }

    @Test
    void attributionGovernsOnlyItsClauseOrQuotation() {
        Lihaaz e = engine(rule("martyr", "[martyr, martyred, terrorist]", "inflect: none",
                "unless: [{attribution: [said, expressed, \"according to\", ISPR]}]"));
        assertEquals(List.of("martyred"), matches(e, "The widow of martyred Inspector Ali expressed gratitude to the police."));
        assertEquals(List.of(), matches(e, "Police said the terrorist was killed in the raid."));
        assertEquals(List.of(), matches(e, "\u201CThe martyr will be remembered,\u201D the minister said."));
        assertEquals(List.of(), matches(e, "A terrorist was killed in Bannu (Khyber Pakhtunkhwa) on Friday, the police chief said on Monday."));
        assertEquals(List.of(), matches(e, "Terrorist killed in Bannu, two hurt: ISPR"));
        assertEquals(List.of(), matches(e, "According to police, the terrorist fled."));
        assertEquals(List.of("terrorist"), matches(e, "A terrorist attacked the post, and police said two were hurt."));
        assertEquals(List.of("terrorist"), matches(e, "Police said it rained; a terrorist attacked the post."));
        // A list joined by ", and" is not a new clause: the reporting verb still governs it.
        assertEquals(List.of(), matches(e, "The ISPR praised the courage, and the martyr's family."));
    }

    @Test
    void lemmasMatchEveryFormOfAConditionWord() {
        Lihaaz e = engine(rule("tease", "[\"eve teasing\"]", "inflect: none",
                "requires: [{sentence: [harass], lemmas: true}]"));
        assertEquals(List.of("Eve teasing"), matches(e, "Eve teasing is harassment."));
        assertEquals(List.of("Eve teasing"), matches(e, "Eve teasing: they harassed her."));
        assertEquals(List.of("Eve teasing"), matches(e, "Eve teasing means harassing women."));
        assertEquals(List.of(), matches(e, "Eve teasing was the word used."));
        Lihaaz plain = engine(rule("tease", "[\"eve teasing\"]", "inflect: none", "requires: [{sentence: [harass]}]"));
        assertEquals(List.of(), matches(plain, "Eve teasing is harassment."));
    }

    @Test
    void topicWordsOfTheParagraph() {
        Lihaaz e = engine(rule("dyke", "[dyke]", "unless: [{topic: [breach, embankment, flood]}]"));
        assertEquals(List.of(), matches(e, "The breaching of dykes was reported. Villages were flooded."));
        assertEquals(List.of(), matches(e, "Engineers inspected the embankments. Two dykes need work."));
        assertEquals(List.of("dyke"), matches(e, "Look at that dyke in the front row."));
    }

    @Test
    void aNounBeforeAndANounAfterTellTheVerbSense() {
        // The tagger reads "rain cripples life" as a compound noun; prev-pos and next-pos together
        // recognise the verb between its subject and object.
        Lihaaz e = engine(rule("cripple", "[cripple]", "requires: [{pos: [NOUN]}]",
                "unless: [{all: [{prev-pos: [NOUN]}, {next-pos: [NOUN, DET]}]}]"));
        assertEquals(List.of(), matches(e, "Heavy rain cripples life in Karachi."));
        assertEquals(List.of("cripple"), matches(e, "He was mocked as a cripple at school."));
    }

    @Test
    void aSurnameAfterAGivenNameIsAName() {
        Lihaaz e = engine(rule("kalu", "[kalu]"));
        assertEquals(List.of(), matches(e, "Amjad Kalu was arrested in Sialkot on Monday."));
        assertEquals(List.of(), matches(e, "Police arrested Amjad Kalu in Sialkot."));
        assertEquals(List.of("Kalu"), matches(e, "Oye Kalu, get out of the frame."));
        assertEquals(List.of("kalu"), matches(e, "They called him kalu at school."));
    }

    @Test
    void multiWordNamesOfMonumentsAndPlans() {
        Lihaaz e = engine(rule("martyr", "[martyr]") + rule("illegal", "[\"illegal foreigners\"]"));
        assertEquals(List.of(), matches(e, "Wreaths were laid at the Martyrs' Memorial in Lahore."));
        assertEquals(List.of(), matches(e, "The cabinet approved the Illegal Foreigners Repatriation Plan in 2023."));
        assertEquals(List.of("illegal foreigners"), matches(e, "The police rounded up illegal foreigners."));
    }

    @Test
    void termsOfArtOutrankWordRules() {
        Lihaaz e = engine(rule("female", "[female]", "inflect: none"));
        assertEquals(List.of(), matches(e, "She was assigned female at birth."));
        assertEquals(List.of("female"), matches(e, "A female was seen at the gate."));
    }

    @Test
    void termsOfArtFileIsAListOfPhrases() {
        assertEquals(List.of("died by suicide"), TermsOfArt.parse("- died by suicide\n", "t.yml"));
        org.junit.jupiter.api.Assertions.assertThrows(org.lihaaz.yaml.YamlException.class,
                () -> TermsOfArt.parse("died: by suicide\n", "t.yml"));
    }
}
