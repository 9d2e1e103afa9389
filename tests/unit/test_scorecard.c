/*
 * Scorecards: the minimal valid document loads into the right model, and
 * each schema and semantic rule (doc/formats.md) broken alone fails with
 * EMS_EINVALID and exactly one diagnostic, on the right line, in words that
 * name the problem.
 */
#include "unit_helpers.h"

#include "lang.h"
#include "model.h"

#define ARRAY_LEN(a) (sizeof(a) / sizeof((a)[0]))

/* Line numbers in the comments are the ones the tests assert. */
static const char BASE[] =
    "<?xml version='1.0' encoding='UTF-8'?>\n"                                    /*  1 */
    "<scorecard xmlns='urn:emscore:1' id='mini-ems' version='2014.1'>\n"          /*  2 */
    "  <title>Minimal UN EMS scorecard</title>\n"                                 /*  3 */
    "  <scale achieved='achieved'>\n"                                             /*  4 */
    "    <level id='not-started' value='0'>Not started</level>\n"                 /*  5 */
    "    <level id='initiated' value='1'>Initiated</level>\n"                     /*  6 */
    "    <level id='in-progress' value='2'>In progress</level>\n"                 /*  7 */
    "    <level id='achieved' value='3'>Achieved</level>\n"                       /*  8 */
    "  </scale>\n"                                                                /*  9 */
    "  <grades mandatory-cap='developing'>\n"                                     /* 10 */
    "    <grade id='advanced' min='65'>Advanced</grade>\n"                        /* 11 */
    "    <grade id='developing' min='40'>Developing</grade>\n"                    /* 12 */
    "    <grade id='beginning' min='0'>Beginning</grade>\n"                       /* 13 */
    "  </grades>\n"                                                               /* 14 */
    "  <area id='EMS' weight='2'>\n"                                              /* 15 */
    "    <title>Environmental management system</title>\n"                        /* 16 */
    "    <milestone id='EMS1' mandatory='true' evidence='required'>\n"            /* 17 */
    "      <title>Senior management commitment</title>\n"                         /* 18 */
    "    </milestone>\n"                                                          /* 19 */
    "    <milestone id='EMS2' weight='1.5' requires='EMS1'>\n"                    /* 20 */
    "      <title>Environmental policy adopted</title>\n"                         /* 21 */
    "    </milestone>\n"                                                          /* 22 */
    "    <milestone id='EMS3' requires='EMS2'>\n"                                 /* 23 */
    "      <title>Objectives and action plan</title>\n"                           /* 24 */
    "    </milestone>\n"                                                          /* 25 */
    "    <area id='CLIM'>\n"                                                      /* 26 */
    "      <title>Climate neutrality</title>\n"                                   /* 27 */
    "      <indicator id='IND-GHG' unit='tCO2e/person' better='lower'>\n"         /* 28 */
    "        <title>Emissions per person</title>\n"                               /* 29 */
    "        <threshold level='in-progress' value='10'/>\n"                       /* 30 */
    "        <threshold level='achieved' value='6'/>\n"                           /* 31 */
    "      </indicator>\n"                                                        /* 32 */
    "      <indicator id='IND-RENEW' unit='%' better='higher'>\n"                 /* 33 */
    "        <title>Renewable electricity</title>\n"                              /* 34 */
    "        <threshold level='in-progress' value='25'/>\n"                       /* 35 */
    "        <threshold level='achieved' value='50.0'/>\n"                        /* 36 */
    "      </indicator>\n"                                                        /* 37 */
    "    </area>\n"                                                               /* 38 */
    "  </area>\n"                                                                 /* 39 */
    "  <profile id='hq'>\n"                                                       /* 40 */
    "    <title>Headquarters</title>\n"                                           /* 41 */
    "    <refine idref='EMS2' weight='2'/>\n"                                     /* 42 */
    "  </profile>\n"                                                              /* 43 */
    "  <profile id='field'>\n"                                                    /* 44 */
    "    <title>Field offices</title>\n"                                          /* 45 */
    "    <select idref='CLIM' selected='false'/>\n"                               /* 46 */
    "  </profile>\n"                                                              /* 47 */
    "</scorecard>\n";                                                             /* 48 */

/* Hostile names and values, longer than any message should quote. */
#define X10(s) s s s s s s s s s s
#define LONG_NAME X10("owner") X10("owner") X10("owner") X10("owner")

/* A second top-level area, for the scope's chosen themes. */
#define SCOPE_FAC "<area id='FAC'><title>Facilities</title><milestone id='FAC1'><title>Waste</title></milestone></area>"

/* One rule broken alone: the edits to BASE, the status, and where and in
 * which words the one diagnostic speaks. */
typedef struct rule_case {
    const char *name;
    const char *edits[5]; /* (from, to) pairs, NULL-terminated */
    int status;
    long line;
    const char *words;
} rule_case;

static rule_case rules[] = {
    /* ---- semantic rules, in the order of doc/formats.md ---- */
    {"test_scorecard__duplicate_id_of_milestone", {"id='IND-RENEW'", "id='EMS2'"},
     EMS_EINVALID, 33, "duplicate id 'EMS2': already used by the milestone on line 20"},
    {"test_scorecard__duplicate_id_of_area", {"id='IND-GHG'", "id='CLIM'"},
     EMS_EINVALID, 28, "duplicate id 'CLIM': already used by the area on line 26"},
    {"test_scorecard__duplicate_level_id", {"id='initiated'", "id='not-started'"},
     EMS_EINVALID, 6, "duplicate level id 'not-started'"},
    {"test_scorecard__duplicate_grade_id", {"id='advanced'", "id='developing'"},
     EMS_EINVALID, 12, "duplicate grade id 'developing': already used on line 11"},
    {"test_scorecard__duplicate_profile_id", {"id='field'", "id='hq'"},
     EMS_EINVALID, 44, "duplicate profile id 'hq': already used on line 40"},
    {"test_scorecard__level_na_reserved", {"id='initiated'", "id='na'"},
     EMS_EINVALID, 6, "level id 'na' is reserved"},
    {"test_scorecard__level_repeats_value", {"value='1'>", "value='0'>"},
     EMS_EINVALID, 6, "level 'initiated' repeats value 0 of level 'not-started'"},
    {"test_scorecard__level_values_rise", {"value='1'>", "value='5'>"},
     EMS_EINVALID, 7, "level values must rise"},
    {"test_scorecard__lowest_level_zero",
     {"<level id='not-started' value='0'>Not started</level>", "<!-- no level 0 -->"},
     EMS_EINVALID, 6, "the lowest level 'initiated' must have value 0"},
    {"test_scorecard__achieved_names_level", {"achieved='achieved'", "achieved='complete'"},
     EMS_EINVALID, 4, "achieved='complete' names no level"},
    {"test_scorecard__grades_fall", {"min='40'", "min='65'"},
     EMS_EINVALID, 12, "grade 'developing' (min 65.00) does not fall below 'advanced'"},
    {"test_scorecard__grades_fall_strictly", {"min='40'", "min='80'"},
     EMS_EINVALID, 12, "does not fall below"},
    {"test_scorecard__last_grade_zero", {"min='0'", "min='10'"},
     EMS_EINVALID, 13, "the last grade 'beginning' must have min 0"},
    {"test_scorecard__mandatory_cap_names_grade",
     {"mandatory-cap='developing'", "mandatory-cap='emerging'"},
     EMS_EINVALID, 10, "mandatory-cap='emerging' names no grade"},
    {"test_scorecard__requires_resolves", {"requires='EMS1'", "requires='EMS9'"},
     EMS_EINVALID, 20, "milestone 'EMS2' requires 'EMS9', which is not in the scorecard"},
    {"test_scorecard__requires_no_area", {"requires='EMS1'", "requires='CLIM'"},
     EMS_EINVALID, 20, "milestone 'EMS2' requires 'CLIM', which is an area"},
    {"test_scorecard__requires_no_indicator", {"requires='EMS1'", "requires='EMS1 IND-GHG'"},
     EMS_EINVALID, 20, "milestone 'EMS2' requires 'IND-GHG', which is an indicator"},
    {"test_scorecard__requires_not_itself", {"requires='EMS1'", "requires='EMS2'"},
     EMS_EINVALID, 20, "milestone 'EMS2' requires itself"},
    {"test_scorecard__cycle_of_two",
     {"<milestone id='EMS1' ", "<milestone id='EMS1' requires='EMS2' "},
     EMS_EINVALID, 17, "prerequisites form a cycle: EMS1 -> EMS2 -> EMS1"},
    {"test_scorecard__cycle_of_three",
     {"<milestone id='EMS1' ", "<milestone id='EMS1' requires='EMS3' "},
     EMS_EINVALID, 17, "prerequisites form a cycle: EMS1 -> EMS3 -> EMS2 -> EMS1"},
    {"test_scorecard__threshold_names_level",
     {"level='in-progress' value='10'", "level='underway' value='10'"},
     EMS_EINVALID, 30, "threshold of indicator 'IND-GHG' names level 'underway'"},
    {"test_scorecard__one_threshold_per_level",
     {"level='in-progress' value='25'", "level='achieved' value='25'"},
     EMS_EINVALID, 36, "indicator 'IND-RENEW' has two thresholds for level 'achieved' (lines 35 and 36)"},
    {"test_scorecard__thresholds_fall_when_lower_is_better", {"value='6'", "value='12'"},
     EMS_EINVALID, 31, "the threshold for 'achieved' (12) must be below the one for 'in-progress' (10)"},
    {"test_scorecard__thresholds_rise_when_higher_is_better", {"value='50.0'", "value='20'"},
     EMS_EINVALID, 36, "the threshold for 'achieved' (20) must be above the one for 'in-progress' (25)"},
    {"test_scorecard__thresholds_rise_strictly", {"value='50.0'", "value='25.000'"},
     EMS_EINVALID, 36, "the threshold for 'achieved' (25) must be above"},
    {"test_scorecard__profile_select_resolves", {"idref='CLIM'", "idref='WATER'"},
     EMS_EINVALID, 46, "profile 'field': select idref='WATER' names no area, milestone or indicator"},
    {"test_scorecard__profile_refine_resolves", {"idref='EMS2'", "idref='EMS7'"},
     EMS_EINVALID, 42, "profile 'hq': refine idref='EMS7' names no area"},
    /* the scope: one more top-level area, FAC, and the rule, all on
     * line 39 so that the profiles keep their lines */
    {"test_scorecard__scope_core_unknown",
     {"  </area>\n  <profile id='hq'>", "  </area><scope core='EMS WATER'/>\n  <profile id='hq'>"},
     EMS_EINVALID, 39, "scope: core area 'WATER' is not in the scorecard"},
    {"test_scorecard__scope_core_empty",
     {"  </area>\n  <profile id='hq'>", "  </area><scope core=' '/>\n  <profile id='hq'>"},
     EMS_EINVALID, 39, "scope: core names no area"},
    {"test_scorecard__scope_core_not_top_level",
     {"  </area>\n  <profile id='hq'>", "  </area><scope core='EMS CLIM'/>\n  <profile id='hq'>"},
     EMS_EINVALID, 39, "scope: core area 'CLIM' is inside area 'EMS': the core is made of top-level areas"},
    {"test_scorecard__scope_core_not_area",
     {"  </area>\n  <profile id='hq'>", "  </area><scope core='EMS1'/>\n  <profile id='hq'>"},
     EMS_EINVALID, 39, "scope: core 'EMS1' is a milestone: the core is made of top-level areas"},
    {"test_scorecard__scope_core_twice",
     {"  </area>\n  <profile id='hq'>", "  </area><scope core='EMS EMS'/>\n  <profile id='hq'>"},
     EMS_EINVALID, 39, "scope: core names area 'EMS' twice"},
    {"test_scorecard__scope_min_chosen_available",
     {"  </area>\n  <profile id='hq'>",
      "  </area>" SCOPE_FAC "<scope core='EMS' min-chosen='2'/>\n  <profile id='hq'>"},
     EMS_EINVALID, 39,
     "scope: min-chosen='2', but only 1 top-level area is outside the core (FAC)"},
    {"test_scorecard__scope_min_chosen_none_available",
     {"  </area>\n  <profile id='hq'>", "  </area><scope core='EMS' min-chosen='1'/>\n  <profile id='hq'>"},
     EMS_EINVALID, 39, "scope: min-chosen='1', but no top-level area is outside the core"},
    {"test_scorecard__scope_profile_leaves_out_core",
     {"  </area>\n  <profile id='hq'>",
      "  </area>" SCOPE_FAC "<scope core='EMS FAC'/>\n  <profile id='hq'>",
      "<select idref='CLIM' selected='false'/>", "<select idref='FAC' selected='false'/>"},
     EMS_EINVALID, 44,
     "profile 'field' leaves out core area FAC: the scope on line 39 makes the core part of every review"},
    {"test_scorecard__scope_profile_keeps_too_few",
     {"  </area>\n  <profile id='hq'>",
      "  </area>" SCOPE_FAC "<scope core='EMS' min-chosen='1'/>\n  <profile id='hq'>",
      "<select idref='CLIM' selected='false'/>", "<select idref='FAC' selected='false'/>"},
     EMS_EINVALID, 44,
     "profile 'field' keeps no chosen theme, fewer than the 1 the scope on line 39 asks for: it could choose FAC"},
    {"test_scorecard__scope_later_select_wins",
     {"  </area>\n  <profile id='hq'>",
      "  </area>" SCOPE_FAC "<scope core='EMS' min-chosen='1'/>\n  <profile id='hq'>",
      "<select idref='CLIM' selected='false'/>",
      "<select idref='FAC' selected='false'/><select idref='FAC'/><select idref='EMS' selected='false'/>"},
     EMS_EINVALID, 44, "profile 'field' leaves out core area EMS:"},
    {"test_scorecard__schema_scope_min_chosen",
     {"  </area>\n  <profile id='hq'>", "  </area><scope core='EMS' min-chosen='-1'/>\n  <profile id='hq'>"},
     EMS_EINVALID, 39, "attribute 'min-chosen' of <scope>: '-1' is not a whole number"},
    {"test_scorecard__schema_scope_after_areas",
     {"  <grades ", "  <scope core='EMS'/><grades "},
     EMS_EINVALID, 10, "<scope> is not allowed here; expected one of: grades, area"},

    /* ---- the languages of texts ---- */
    {"test_scorecard__lang_known",
     {"<title>Senior management commitment</title>",
      "<title>Senior management commitment</title><title xml:lang='de'>Engagement</title>"},
     EMS_EINVALID, 18, "the title of milestone 'EMS1' has xml:lang='de', not a language of scorecards"},
    {"test_scorecard__lang_once",
     {"<title>Senior management commitment</title>",
      "<title xml:lang='fr'>Engagement</title><title>Senior management commitment</title>"
      "<title xml:lang='FR-ch'>Engagement de la direction</title>"},
     EMS_EINVALID, 18, "the title of milestone 'EMS1' is given twice in French"},
    {"test_scorecard__lang_english_once",
     {"<title>Senior management commitment</title>",
      "<title>Senior management commitment</title><title xml:lang='en-GB'>Top management</title>"},
     EMS_EINVALID, 18, "the title of milestone 'EMS1' is given twice in English"},
    {"test_scorecard__lang_english_required",
     {"<title>Senior management commitment</title>", "<title xml:lang='ru'>Приверженность</title>"},
     EMS_EINVALID, 17, "the title of milestone 'EMS1' has no English text"},
    {"test_scorecard__lang_english_required_of_scorecard",
     {"<title>Minimal UN EMS scorecard</title>", "<title xml:lang='ar'>بطاقة الأداء</title>"},
     EMS_EINVALID, 2, "the scorecard's title has no English text"},
    {"test_scorecard__lang_level_repeats_value",
     {"<level id='initiated' value='1'>Initiated</level>",
      "<level id='initiated' value='1'>Initiated</level><level id='initiated' value='2' "
      "xml:lang='fr'>Amorcé</level>"},
     EMS_EINVALID, 6, "level 'initiated' has value 2 here and 1 on line 6"},
    {"test_scorecard__lang_level_english_required",
     {"<level id='initiated' value='1'>Initiated</level>",
      "<level id='initiated' value='1' xml:lang='es'>Iniciado</level>"},
     EMS_EINVALID, 6, "level 'initiated' has no English text"},
    {"test_scorecard__lang_grade_repeats_min",
     {"<grade id='developing' min='40'>Developing</grade>",
      "<grade id='developing' min='40'>Developing</grade><grade id='developing' min='45' "
      "xml:lang='zh'>发展中</grade>"},
     EMS_EINVALID, 12, "grade 'developing' has min 45 here and 40.00 on line 12"},
    {"test_scorecard__lang_grade_once",
     {"<grade id='developing' min='40'>Developing</grade>",
      "<grade id='developing' min='40' xml:lang='zh'>发展中</grade><grade id='developing' "
      "min='40'>Developing</grade><grade id='developing' min='40' xml:lang='zh'>发展</grade>"},
     EMS_EINVALID, 12, "grade 'developing' is given twice in Chinese"},
    {"test_scorecard__lang_at_most_six",
     {"<title>Senior management commitment</title>",
      "<title>A</title><title>B</title><title>C</title><title>D</title><title>E</title>"
      "<title>F</title><title>G</title>"},
     EMS_EINVALID, 18, "<title> is not allowed here"},

    /* ---- schema rules, rewritten in the document's terms ---- */
    {"test_scorecard__schema_required_attribute", {" version='2014.1'", ""},
     EMS_EINVALID, 2, "<scorecard id=\"mini-ems\"> lacks the required attribute 'version'"},
    {"test_scorecard__schema_unknown_element",
     {"<title>Senior management commitment</title>",
      "<title>Senior management commitment</title><owner>Executive Office</owner>"},
     EMS_EINVALID, 18, "<owner> is not allowed here; expected one of: description, guidance"},
    {"test_scorecard__schema_child_order",
     {"<title>Senior management commitment</title>",
      "<guidance>A signed bulletin.</guidance><title>Senior management commitment</title>"},
     EMS_EINVALID, 18, "<guidance> is not allowed here; expected title"},
    {"test_scorecard__schema_missing_child", {"<title>Senior management commitment</title>", ""},
     EMS_EINVALID, 17, "<milestone id=\"EMS1\"> is incomplete: expected title"},
    {"test_scorecard__schema_unknown_attribute", {"achieved='achieved'", "achieved='achieved' met='achieved'"},
     EMS_EINVALID, 4, "attribute 'met' of <scale> is not allowed here"},
    {"test_scorecard__schema_id_pattern", {"id='EMS1'", "id='EMS 1'"},
     EMS_EINVALID, 17, "'EMS 1' is not a valid identifier"},
    {"test_scorecard__schema_id_path_traversal", {"id='field'", "id='../field'"},
     EMS_EINVALID, 44, "'../field' is not a valid identifier"},
    {"test_scorecard__schema_id_too_long",
     {"id='hq'", "id='hq-01234567890123456789012345678901234567890123456789012345678901'"},
     EMS_EINVALID, 40, "is not a valid identifier"},
    {"test_scorecard__schema_weight_negative", {"weight='2'>", "weight='-2'>"},
     EMS_EINVALID, 15, "attribute 'weight' of <area id=\"EMS\">: '-2' is below the minimum of 0"},
    {"test_scorecard__schema_weight_too_precise", {"weight='1.5'", "weight='1.5005'"},
     EMS_EINVALID, 20, "'1.5005' has more than 3 decimal places"},
    {"test_scorecard__schema_weight_too_large", {"weight='1.5'", "weight='1000000.001'"},
     EMS_EINVALID, 20, "'1000000.001' is above the maximum of 1000000"},
    {"test_scorecard__schema_weight_exponent", {"weight='1.5'", "weight='1e9'"},
     EMS_EINVALID, 20, "'1e9' is not a weight"},
    {"test_scorecard__schema_weight_nan", {"weight='1.5'", "weight='NaN'"},
     EMS_EINVALID, 20, "'NaN' is not a weight"},
    {"test_scorecard__schema_boolean", {"mandatory='true'", "mandatory='yes'"},
     EMS_EINVALID, 17, "attribute 'mandatory' of <milestone id=\"EMS1\">: 'yes' is not a boolean"},
    {"test_scorecard__schema_enumeration", {"better='lower'", "better='smaller'"},
     EMS_EINVALID, 28, "'smaller' is not one of {'higher', 'lower'}"},
    {"test_scorecard__schema_threshold_infinite", {"value='10'", "value='INF'"},
     EMS_EINVALID, 30, "'INF' is not a decimal number"},
    {"test_scorecard__schema_level_value_whole", {"value='1'>", "value='1.5'>"},
     EMS_EINVALID, 6, "'1.5' is not a level value"},
    {"test_scorecard__schema_grade_min_points", {"min='65'", "min='101'"},
     EMS_EINVALID, 11, "'101' is above the maximum of 100"},
    {"test_scorecard__schema_text_in_element_only",
     {"<milestone id='EMS2' weight='1.5' requires='EMS1'>",
      "<milestone id='EMS2' weight='1.5' requires='EMS1'>Policy"},
     EMS_EINVALID, 20, "<milestone id=\"EMS2\"> may not contain text, only elements"},
    {"test_scorecard__schema_element_in_text",
     {"<title>Headquarters</title>", "<title>Head<b>quarters</b></title>"},
     EMS_EINVALID, 41, "<title> may contain only text, not elements"},
    {"test_scorecard__schema_long_value_cut", {"id='EMS1'", "id='" X10(X10("A")) X10(X10("A")) "'"},
     EMS_EINVALID, 17, "AAAA...' is not a valid identifier"},
    {"test_scorecard__schema_long_attribute_name", {"<milestone id='EMS1'", "<milestone id='EMS1' " LONG_NAME "='1'"},
     EMS_EINVALID, 17, "...' of <milestone id=\"EMS1\"> is not allowed here"},
    {"test_scorecard__schema_long_element_name",
     {"<title>Senior management commitment</title>",
      "<title>Senior management commitment</title><" LONG_NAME "/>"},
     EMS_EINVALID, 18, "owne...> is not allowed here; expected one of: description, guidance"},
    {"test_scorecard__schema_no_area",
     {"<area id='EMS' weight='2'>", "<!--", "  </area>\n  <profile", "-->\n  <profile"},
     EMS_EINVALID, 40, "<profile id=\"hq\"> is not allowed here; expected area"},
};

static void test_scorecard__rule(void **state)
{
    const rule_case *c = *state;
    char *doc = unit_edit_list(__FILE__, __LINE__, BASE, c->edits);
    assert_int_equal(unit_scorecard(NULL, doc), c->status);
    assert_only_error(c->line, c->words);
    assert_string_equal(ems_ctx_diag(unit_ctx, 0)->file, "card.xml");
    free(doc);
}

static size_t find_item(const ems_scorecard *sc, const char *id)
{
    size_t i;
    assert_true(ems_idmap__get(&sc->item_ids, id, &i));
    return i;
}

static void test_scorecard__minimal_valid(void **state)
{
    (void)state;
    ems_scorecard *sc = NULL;
    assert_int_equal(unit_scorecard(&sc, BASE), EMS_OK);
    assert_int_equal(ems_ctx_ndiags(unit_ctx), 0);
    assert_string_equal(ems_scorecard_id(sc), "mini-ems");
    assert_string_equal(ems_scorecard_version(sc), "2014.1");
    assert_int_equal(sc->nlevels, 4);
    assert_int_equal(sc->achieved, 3);
    assert_int_equal(sc->levels[3].value, 3);
    assert_int_equal(sc->ngrades, 3);
    assert_int_equal(sc->grades[0].min, 6500);
    assert_int_equal(sc->mandatory_cap, 1);
    assert_int_equal(sc->nitems, 7);
    assert_int_equal(sc->ntop, 1);
    const ems_item *ems1 = &sc->items[find_item(sc, "EMS1")];
    const ems_item *ems2 = &sc->items[find_item(sc, "EMS2")];
    assert_true(ems1->mandatory && ems1->evidence_required);
    assert_int_equal(ems1->weight, 1000); /* default 1 */
    assert_int_equal(ems2->weight, 1500);
    assert_int_equal(ems2->nrequires, 1);
    assert_int_equal(ems2->requires[0], find_item(sc, "EMS1"));
    assert_int_equal(sc->items[find_item(sc, "EMS")].weight, 2000);
    const ems_item *renew = &sc->items[find_item(sc, "IND-RENEW")];
    assert_false(renew->lower_better);
    assert_int_equal(renew->nthresholds, 2);
    assert_string_equal(renew->thresholds[1].value, "50"); /* canonical */
    assert_true(sc->items[find_item(sc, "IND-GHG")].lower_better);
    assert_int_equal(sc->nprofiles, 2);
    assert_int_equal(sc->profiles[0].rules[0].weight, 2000);
    assert_false(sc->profiles[1].rules[0].selected);
    ems_scorecard_free(sc);
}

/* Texts in several languages: English in the text itself, the others in
 * the order of lang.h whatever the document's, a level's names merged by
 * id; a report's language picks its own or falls back to English. */
static void test_scorecard__texts_in_languages(void **state)
{
    (void)state;
    char *doc = unit_edit(BASE, "<title>Senior management commitment</title>",
                          "<title xml:lang='zh'>高级管理层的承诺</title>"
                          "<title>Senior management commitment</title>"
                          "<title xml:lang='fr'>Engagement de la direction</title>"
                          "<title xml:lang='ar'>التزام الإدارة العليا</title>",
                          "<level id='initiated' value='1'>Initiated</level>",
                          "<level id='initiated' value='1' xml:lang='es'>Iniciado</level>"
                          "<level id='initiated' value='1'>Initiated</level>");
    ems_scorecard *sc = NULL;
    assert_int_equal(unit_scorecard(&sc, doc), EMS_OK);
    const ems_text t = sc->items[find_item(sc, "EMS1")].title;
    assert_string_equal(t.text, "Senior management commitment");
    assert_null(t.lang);
    assert_int_equal(t.ntranslations, 3);
    assert_string_equal(t.translations[0].lang, "fr");
    assert_string_equal(t.translations[1].lang, "ar");
    assert_string_equal(t.translations[2].lang, "zh");
    assert_int_equal(ems_text__langs(t), 1u << 0 | 1u << 1 | 1u << 3 | 1u << 4);

    bool fell_back = true;
    assert_string_equal(ems_text__pick(t, "ar", &fell_back).text, "التزام الإدارة العليا");
    assert_false(fell_back);
    assert_string_equal(ems_text__pick(t, "ZH-hans", &fell_back).text, "高级管理层的承诺");
    assert_string_equal(ems_text__pick(t, "ru", &fell_back).text, t.text);
    assert_true(fell_back);
    assert_string_equal(ems_text__pick(t, "en", &fell_back).text, t.text);
    assert_false(fell_back);

    assert_int_equal(sc->nlevels, 4);
    assert_string_equal(sc->levels[1].label.text, "Initiated");
    assert_int_equal(sc->levels[1].label.ntranslations, 1);
    assert_string_equal(sc->levels[1].label.translations[0].text, "Iniciado");

    /* every other text is English only: complete in English alone, and
     * nothing is missing from an absent description */
    ems_item_score *sel = calloc(sc->nitems, sizeof(*sel));
    assert_non_null(sel);
    for (size_t i = 0; i < sc->nitems; i++)
        sel[i].selected = true;
    assert_int_equal(ems_lang__complete(sc, NULL, sel), 1u << EMS_LANG_EN);
    assert_int_equal(ems_text__langs(sc->items[find_item(sc, "EMS1")].description), EMS_LANGS_ALL);
    char list[3 * EMS_NLANGS];
    ems_lang__list(list, EMS_LANGS_ALL);
    assert_string_equal(list, "en fr es ar zh ru");
    free(sel);
    ems_scorecard_free(sc);
    free(doc);
}

/* Thresholds are compared in level order, not document order. */
static void test_scorecard__thresholds_in_any_document_order(void **state)
{
    (void)state;
    char *doc = unit_edit(BASE, "<threshold level='in-progress' value='25'/>",
                          "<threshold level='achieved' value='50'/>",
                          "<threshold level='achieved' value='50.0'/>",
                          "<threshold level='in-progress' value='25'/>");
    assert_int_equal(unit_scorecard(NULL, doc), EMS_OK);
    free(doc);
}

/* Every check runs: three independent faults give three diagnostics. */
static void test_scorecard__all_semantic_faults_reported(void **state)
{
    (void)state;
    char *doc = unit_edit(BASE, "id='initiated'", "id='na'", "mandatory-cap='developing'",
                          "mandatory-cap='emerging'", "idref='CLIM'", "idref='WATER'");
    assert_int_equal(unit_scorecard(NULL, doc), EMS_EINVALID);
    assert_int_equal(ems_ctx_nerrors(unit_ctx), 3);
    assert_some_error(6, "level id 'na' is reserved");
    assert_some_error(10, "mandatory-cap='emerging' names no grade");
    assert_some_error(46, "select idref='WATER'");
    free(doc);
}

static void test_scorecard__all_schema_faults_reported(void **state)
{
    (void)state;
    char *doc = unit_edit(BASE, "weight='2'>", "weight='-2'>", "mandatory='true'", "mandatory='yes'",
                          "id='EMS3'", "id='EMS#3'");
    assert_int_equal(unit_scorecard(NULL, doc), EMS_EINVALID);
    assert_int_equal(ems_ctx_nerrors(unit_ctx), 3);
    assert_some_error(15, "'-2' is below the minimum of 0");
    assert_some_error(17, "'yes' is not a boolean");
    assert_some_error(23, "'EMS#3' is not a valid identifier");
    free(doc);
}

static void test_scorecard__item_limit(void **state)
{
    (void)state;
    assert_int_equal(ems_ctx_set_limit(unit_ctx, EMS_LIMIT_ITEMS, 6), EMS_OK);
    assert_int_equal(unit_scorecard(NULL, BASE), EMS_ELIMIT);
    assert_only_error(0, "the scorecard has more than 6 areas, milestones and indicators");
    ems_ctx_clear(unit_ctx);
    assert_int_equal(ems_ctx_set_limit(unit_ctx, EMS_LIMIT_ITEMS, 7), EMS_OK);
    assert_int_equal(unit_scorecard(NULL, BASE), EMS_OK);
}

/* The shipped scorecard is valid and loads from its file. */
static void test_scorecard__default_scorecard_loads(void **state)
{
    (void)state;
    ems_scorecard *sc = NULL;
    assert_int_equal(ems_scorecard_load(&sc, unit_engine, unit_ctx,
                                        EMS_SOURCE_DIR "/scorecards/un-ems.xml"),
                     EMS_OK);
    assert_string_equal(ems_scorecard_id(sc), "un-ems");
    assert_int_equal(sc->nprofiles, 3);
    ems_scorecard_free(sc);
}

static void test_scorecard__assessment_is_not_a_scorecard(void **state)
{
    (void)state;
    const char *doc = "<assessment xmlns='urn:emscore:1' kind='self' scorecard='mini-ems' "
                      "scorecard-version='2014.1' agency='UNEP' period='2014'/>\n";
    assert_int_equal(unit_scorecard(NULL, doc), EMS_EINVALID);
    assert_only_error(1, "this is an assessment, not a scorecard");
}

static void test_scorecard__bad_arguments(void **state)
{
    (void)state;
    ems_scorecard *sc = (ems_scorecard *)&sc;
    assert_int_equal(ems_scorecard_load_memory(&sc, unit_engine, unit_ctx, "x", NULL, 0), EMS_EARG);
    assert_null(sc);
    sc = (ems_scorecard *)&sc;
    assert_int_equal(ems_scorecard_load_memory(&sc, NULL, unit_ctx, "x", BASE, 1), EMS_EARG);
    assert_null(sc);
    assert_int_equal(ems_scorecard_load(NULL, unit_engine, unit_ctx, "x"), EMS_EARG);
    ems_scorecard_free(NULL);
    assert_null(ems_scorecard_id(NULL));
}

int main(void)
{
    static const struct CMUnitTest fixed[] = {
        cmocka_unit_test_setup(test_scorecard__minimal_valid, unit_setup),
        cmocka_unit_test_setup(test_scorecard__thresholds_in_any_document_order, unit_setup),
        cmocka_unit_test_setup(test_scorecard__texts_in_languages, unit_setup),
        cmocka_unit_test_setup(test_scorecard__all_semantic_faults_reported, unit_setup),
        cmocka_unit_test_setup(test_scorecard__all_schema_faults_reported, unit_setup),
        cmocka_unit_test_setup(test_scorecard__item_limit, unit_setup),
        cmocka_unit_test_setup(test_scorecard__default_scorecard_loads, unit_setup),
        cmocka_unit_test_setup(test_scorecard__assessment_is_not_a_scorecard, unit_setup),
        cmocka_unit_test_setup(test_scorecard__bad_arguments, unit_setup),
    };
    struct CMUnitTest tests[ARRAY_LEN(fixed) + ARRAY_LEN(rules)];
    memcpy(tests, fixed, sizeof(fixed));
    for (size_t i = 0; i < ARRAY_LEN(rules); i++)
        tests[ARRAY_LEN(fixed) + i] =
            (struct CMUnitTest){rules[i].name, test_scorecard__rule, unit_setup, NULL, &rules[i]};
    return unit_run("scorecard", tests);
}
