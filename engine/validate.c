/* `validate`: any emscore document, its type taken from the root element. */
#include <stdio.h>
#include <string.h>

#include "dom.h"
#include "internal.h"

static void copy_id(char *dst, size_t cap, const char *src)
{
    snprintf(dst, cap, "%s", src ? src : "");
}

static void count_results(xmlNodePtr node, size_t *areas, size_t *leaves)
{
    for (xmlNodePtr c = ems_dom__first(node); c; c = ems_dom__next(c)) {
        if (ems_dom__is(c, "area")) {
            (*areas)++;
            count_results(c, areas, leaves);
        } else if (ems_dom__is(c, "milestone") || ems_dom__is(c, "indicator")) {
            (*leaves)++;
        }
    }
}

int ems_validate_file(ems_doc_summary *summary, const ems_engine *engine, ems_ctx *ctx,
                      const char *path, const ems_scorecard *sc)
{
    if (!engine || !path || (summary && summary->struct_version != EMS_DOC_SUMMARY_VERSION))
        return EMS_EARG;
    ems_doc_summary s = EMS_DOC_SUMMARY_INIT;
    xmlDocPtr doc = NULL;
    int rc = ems_doc__load(&doc, engine, ctx, path, NULL, 0, EMS_DOC_UNKNOWN);
    if (rc != EMS_OK)
        return rc;
    xmlNodePtr root = xmlDocGetRootElement(doc);
    s.type = ems_doc__type(root);
    if (s.type == EMS_DOC_SCORECARD) {
        ems_scorecard *card = NULL;
        rc = ems_scorecard__from_doc(&card, ctx, doc, path);
        if (rc == EMS_OK) {
            copy_id(s.id, sizeof(s.id), card->id);
            copy_id(s.version, sizeof(s.version), card->version);
            for (size_t i = 0; i < card->nitems; i++) {
                ems_item_kind k = card->items[i].kind;
                s.counts.scorecard.areas += k == EMS_ITEM_AREA;
                s.counts.scorecard.milestones += k == EMS_ITEM_MILESTONE;
                s.counts.scorecard.indicators += k == EMS_ITEM_INDICATOR;
            }
            s.counts.scorecard.profiles = card->nprofiles;
        }
        ems_scorecard_free(card);
    } else if (s.type == EMS_DOC_ASSESSMENT) {
        ems_assessment *as = NULL;
        rc = ems_assessment__from_doc(&as, ctx, doc, path, sc);
        if (rc == EMS_OK) {
            copy_id(s.id, sizeof(s.id), as->agency);
            copy_id(s.version, sizeof(s.version), as->period);
            copy_id(s.kind, sizeof(s.kind), ems_assessment_kind(as));
            s.counts.assessment.responses = as->nresponses;
            s.counts.assessment.measures = as->nmeasures;
            s.counts.assessment.reviewers = as->nteam;
            s.counts.assessment.replies = as->nreplies;
            ems_assessment__placeholders(as, ctx, EMS_SEV_WARNING);
        }
        ems_assessment_free(as);
    } else if (s.type == EMS_DOC_INVENTORY) {
        ems_inventory *inv = NULL;
        rc = ems_inventory__from_doc(&inv, ctx, doc, path);
        if (rc == EMS_OK) {
            copy_id(s.id, sizeof(s.id), inv->agency);
            copy_id(s.version, sizeof(s.version), inv->period);
            s.counts.inventory.sources = inv->nemissions;
            s.counts.inventory.offsets = inv->noffsets;
            s.counts.inventory.personnel = (size_t)inv->personnel;
        }
        ems_inventory_free(inv);
    } else if (s.type == EMS_DOC_SUMMARY) {
        for (xmlNodePtr c = ems_dom__first(root); c; c = ems_dom__next(c))
            s.counts.summary.entries += ems_dom__is(c, "entry");
    } else if (s.type == EMS_DOC_SHARD) {
        for (xmlNodePtr c = ems_dom__first(root); c; c = ems_dom__next(c))
            s.counts.shard_list.groups += ems_dom__is(c, "group");
        /* the schema has checked both are positive integers */
        s.counts.shard_list.shard = ems_dom__count(root, "shard");
        s.counts.shard_list.shards = ems_dom__count(root, "shards");
    } else {
        xmlChar *agency = xmlGetNoNsProp(root, (const xmlChar *)"agency");
        xmlChar *period = xmlGetNoNsProp(root, (const xmlChar *)"period");
        copy_id(s.id, sizeof(s.id), (const char *)agency);
        copy_id(s.version, sizeof(s.version), (const char *)period);
        xmlFree(agency);
        xmlFree(period);
        count_results(root, &s.counts.results.areas, &s.counts.results.leaves);
    }
    xmlFreeDoc(doc);
    if (rc == EMS_OK && summary)
        *summary = s;
    return rc;
}
