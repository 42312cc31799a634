#ifndef ENTENTE_CGRAPHVIZ_SHIM_H
#define ENTENTE_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>
#include <stdio.h>
#include <stdlib.h>

// Graphviz 2.42/2.43 declares names and values as non-const `char *` although it never
// writes through them; these wrappers give Swift const-correct signatures.

static inline Agraph_t *entente_agopen(const char *name, int directed) {
    return agopen((char *)name, directed ? Agdirected : Agundirected, NULL);
}

static inline Agraph_t *entente_agsubg(Agraph_t *g, const char *name) {
    return agsubg(g, (char *)name, 1);
}

// Anonymous subgraphs get ids in creation order; named ones are ordered by the address of
// their interned name, which would make agwrite's output differ from run to run.
static inline Agraph_t *entente_agsubg_anonymous(Agraph_t *g) {
    return agsubg(g, NULL, 1);
}

static inline Agnode_t *entente_agnode(Agraph_t *g, const char *name) {
    return agnode(g, (char *)name, 1);
}

static inline Agedge_t *entente_agedge(Agraph_t *g, Agnode_t *t, Agnode_t *h, const char *name) {
    return agedge(g, t, h, (char *)name, 1);
}

static inline int entente_agsafeset(void *obj, const char *name, const char *value, const char *def) {
    return agsafeset(obj, (char *)name, (char *)value, (char *)def);
}

static inline Agsym_t *entente_agattr(Agraph_t *g, int kind, const char *name, const char *value) {
    return agattr(g, kind, (char *)name, (char *)value);
}

static inline int entente_render_data(GVC_t *gvc, Agraph_t *g, const char *format, char **result, unsigned int *length) {
    return gvRenderData(gvc, g, format, result, length);
}

// HTML-like labels must be interned with agstrdup_html; agxset then finds the same interned
// string (and its HTML flag) when it copies the value, so the flag survives.
static inline int entente_agsafeset_html(void *obj, const char *name, const char *value, const char *def) {
    Agraph_t *g = agraphof(obj);
    char *html = agstrdup_html(g, (char *)value);
    int rc = agsafeset(obj, (char *)name, html, (char *)def);
    agstrfree(g, html);
    return rc;
}

// agwrite wants a FILE *; a memory stream gives the DOT text without touching the disk.
// The caller frees *result with free().
static inline int entente_agwrite_memory(Agraph_t *g, char **result, size_t *length) {
    FILE *stream = open_memstream(result, length);
    if (stream == NULL) return -1;
    int rc = agwrite(g, stream);
    if (fclose(stream) != 0) return -1;
    return rc;
}

static inline void entente_free(void *pointer) {
    free(pointer);
}

// After a layout: the bounding box in points, y up, as the layout left it.
static inline void entente_graph_bb(Agraph_t *g, double *llx, double *lly, double *urx, double *ury) {
    *llx = GD_bb(g).LL.x; *lly = GD_bb(g).LL.y;
    *urx = GD_bb(g).UR.x; *ury = GD_bb(g).UR.y;
}

// Writes the layout into pos/width/height/bb attributes, so a second pass with the "nop2"
// engine can draw the graph where the first put it, plus nodes pinned around it.
static inline void entente_attach_layout(Agraph_t *g) {
    attach_attrs(g);
}

// Graphviz 2.43's neato cleanup does not free the node list a "nop" layout builds (one
// pointer per node, every render); freeing it here and clearing the field keeps repeated
// renders flat, and a cleanup that does free it then frees NULL.
static inline void entente_free_nop_node_list(Agraph_t *g) {
    free(GD_neato_nlist(g));
    GD_neato_nlist(g) = NULL;
}

// A laid-out node's centre and size, in points.
static inline void entente_node_geometry(Agnode_t *n, double *x, double *y, double *width, double *height) {
    *x = ND_coord(n).x; *y = ND_coord(n).y;
    *width = ND_width(n) * 72; *height = ND_height(n) * 72;
}

// An attribute's value, or NULL when the object's graph does not declare it.
static inline const char *entente_attribute(void *obj, const char *name) {
    return agget(obj, (char *)name);
}

// An edge's label after a layout: centre and size in points. Returns 0 for an edge without one.
static inline int entente_edge_label(Agedge_t *e, double *x, double *y, double *width, double *height) {
    textlabel_t *label = ED_label(e);
    if (label == NULL) return 0;
    *x = label->pos.x; *y = label->pos.y;
    *width = label->dimen.x; *height = label->dimen.y;
    return 1;
}

// Moves an edge's label after the layout, before rendering draws it.
static inline void entente_move_edge_label(Agedge_t *e, double x, double y) {
    textlabel_t *label = ED_label(e);
    if (label == NULL) return;
    label->pos.x = x; label->pos.y = y;
    label->set = 1;
}

// Leaves an edge's label undrawn: rendering skips labels whose position is not set.
static inline void entente_hide_edge_label(Agedge_t *e) {
    textlabel_t *label = ED_label(e);
    if (label != NULL) label->set = 0;
}

// The graph's own label (the heading): centre and size. Returns 0 when there is none.
static inline int entente_graph_label(Agraph_t *g, double *x, double *y, double *width, double *height) {
    textlabel_t *label = GD_label(g);
    if (label == NULL) return 0;
    *x = label->pos.x; *y = label->pos.y;
    *width = label->dimen.x; *height = label->dimen.y;
    return 1;
}

// How many control points an edge's drawn splines hold.
static inline int entente_edge_point_count(Agedge_t *e) {
    splines *spl = ED_spl(e);
    if (spl == NULL) return 0;
    int count = 0;
    for (int i = 0; i < spl->size; i++) count += spl->list[i].size;
    return count;
}

// The control points of an edge's splines as x, y pairs (2 * entente_edge_point_count doubles).
static inline void entente_edge_points(Agedge_t *e, double *xy) {
    splines *spl = ED_spl(e);
    if (spl == NULL) return;
    int at = 0;
    for (int i = 0; i < spl->size; i++) {
        for (int j = 0; j < spl->list[i].size; j++) {
            xy[at++] = spl->list[i].list[j].x;
            xy[at++] = spl->list[i].list[j].y;
        }
    }
}

// Grows the graph's bounding box, so labels moved past its edge are still drawn.
static inline void entente_set_graph_bb(Agraph_t *g, double llx, double lly, double urx, double ury) {
    GD_bb(g).LL.x = llx; GD_bb(g).LL.y = lly;
    GD_bb(g).UR.x = urx; GD_bb(g).UR.y = ury;
}

// A node's label (for a frame, its heading): centre and size. Returns 0 without one.
static inline int entente_node_label(Agnode_t *n, double *x, double *y, double *width, double *height) {
    textlabel_t *label = ND_label(n);
    if (label == NULL) return 0;
    *x = label->pos.x; *y = label->pos.y;
    *width = label->dimen.x; *height = label->dimen.y;
    return 1;
}

#endif
