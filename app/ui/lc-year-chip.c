/* lc-year-chip.c: a city's admission year in the list, as wide as its text
 *
 * Copyright 2026 The Learning Cities developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "lc-year-chip"

#include "config.h"

#include "lc-year-chip.h"

/* The text is drawn by a GtkInscription, which takes its size from the
 * font's average character rather than from laying out its text: cheap
 * in a list view that measures two hundred rows after every change, but
 * narrower than bold digits in some fonts ("20…" in DejaVu Sans, GTK
 * 4.18's fallback, and "≈ 20…" in Cantarell). The chip asks for the
 * width of its text instead, measured when GTK measures it (so in the
 * style it is drawn in) and laid out once per text and font for all the
 * chips of the process: the list shows a dozen different texts. */
struct _LcYearChip
{
  GtkWidget       parent_instance;

  GtkInscription *inscription;
};

G_DEFINE_FINAL_TYPE (LcYearChip, lc_year_chip, GTK_TYPE_WIDGET)

/* Text sizes in Pango units, by font, resolution and text. Every chip
 * has the same text attributes (tabular digits): only the font, its
 * weight among them, tells them apart. */
static GHashTable *text_sizes;

/* The size of the chip's text as its inscription lays it out: the width,
 * and the height, which a character from a fallback font with a taller
 * line ("≈" in Cantarell) makes more than the font's own line. */
static const PangoRectangle *
get_text_size (LcYearChip *self)
{
  static const PangoRectangle empty = { 0, 0, 0, 0 };
  GtkWidget *inscription = GTK_WIDGET (self->inscription);
  const char *text = gtk_inscription_get_text (self->inscription);
  PangoContext *context;
  g_autofree char *font = NULL;
  g_autofree char *key = NULL;
  PangoRectangle *size;

  if (text == NULL || *text == '\0')
    return &empty;

  context = gtk_widget_get_pango_context (inscription);
  font = pango_font_description_to_string (pango_context_get_font_description (context));
  key = g_strdup_printf ("%s@%g\n%s", font, pango_cairo_context_get_resolution (context), text);

  if (text_sizes == NULL)
    text_sizes = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);

  size = g_hash_table_lookup (text_sizes, key);
  if (size == NULL)
    {
      g_autoptr(PangoLayout) layout = gtk_widget_create_pango_layout (inscription, text);
      PangoAttrList *attrs = pango_attr_list_new ();

      /* The layout has the font but not the CSS text attributes, so the
       * tabular digits of the chip's "numeric" class are set here. */
      pango_attr_list_insert (attrs, pango_attr_font_features_new ("tnum=1"));
      pango_layout_set_attributes (layout, attrs);
      pango_attr_list_unref (attrs);
      size = g_new0 (PangoRectangle, 1);
      pango_layout_get_extents (layout, NULL, size);
      g_hash_table_insert (text_sizes, g_steal_pointer (&key), size);
    }

  return size;
}

static void
lc_year_chip_measure (GtkWidget      *widget,
                      GtkOrientation  orientation,
                      int             for_size,
                      int            *minimum,
                      int            *natural,
                      int            *minimum_baseline,
                      int            *natural_baseline)
{
  LcYearChip *self = LC_YEAR_CHIP (widget);

  const PangoRectangle *text_size = get_text_size (self);

  /* The baseline is the inscription's, from the font. */
  gtk_widget_measure (GTK_WIDGET (self->inscription), orientation, for_size,
                      minimum, natural, minimum_baseline, natural_baseline);

  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    *minimum = *natural = PANGO_PIXELS_CEIL (text_size->width);
  else
    *minimum = *natural = MAX (*minimum, PANGO_PIXELS_CEIL (text_size->height));
}

static void
lc_year_chip_size_allocate (GtkWidget *widget,
                            int        width,
                            int        height,
                            int        baseline)
{
  LcYearChip *self = LC_YEAR_CHIP (widget);

  gtk_widget_allocate (GTK_WIDGET (self->inscription), width, height, baseline, NULL);
}

static void
lc_year_chip_dispose (GObject *object)
{
  LcYearChip *self = LC_YEAR_CHIP (object);

  g_clear_pointer ((GtkWidget **) &self->inscription, gtk_widget_unparent);

  G_OBJECT_CLASS (lc_year_chip_parent_class)->dispose (object);
}

static void
lc_year_chip_class_init (LcYearChipClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = lc_year_chip_dispose;
  widget_class->measure = lc_year_chip_measure;
  widget_class->size_allocate = lc_year_chip_size_allocate;

  gtk_widget_class_set_css_name (widget_class, "year-chip");
}

static void
lc_year_chip_init (LcYearChip *self)
{
  self->inscription = GTK_INSCRIPTION (gtk_inscription_new (NULL));
  /* The chip gives the width: the inscription asks for none. */
  gtk_inscription_set_min_chars (self->inscription, 0);
  gtk_inscription_set_xalign (self->inscription, 0.5);
  /* Never shortened at the width the chip asks for; but clipping would
   * lay out the text on every allocation to find its lines. */
  gtk_inscription_set_text_overflow (self->inscription, GTK_INSCRIPTION_OVERFLOW_ELLIPSIZE_END);
  gtk_widget_set_parent (GTK_WIDGET (self->inscription), GTK_WIDGET (self));
  /* Digits of one width, as get_text_size() measures them. */
  gtk_widget_add_css_class (GTK_WIDGET (self), "numeric");
}

GtkWidget *
lc_year_chip_new (void)
{
  return g_object_new (LC_TYPE_YEAR_CHIP, NULL);
}

/**
 * lc_year_chip_set_text:
 * @self: a #LcYearChip
 * @text: (nullable): the year as the chip shows it
 */
void
lc_year_chip_set_text (LcYearChip *self,
                       const char *text)
{
  g_return_if_fail (LC_IS_YEAR_CHIP (self));

  if (g_strcmp0 (text, gtk_inscription_get_text (self->inscription)) == 0)
    return;

  gtk_inscription_set_text (self->inscription, text);
  gtk_widget_queue_resize (GTK_WIDGET (self));
}

/**
 * lc_year_chip_get_text:
 * @self: a #LcYearChip
 *
 * Returns: (nullable): the text shown
 */
const char *
lc_year_chip_get_text (LcYearChip *self)
{
  g_return_val_if_fail (LC_IS_YEAR_CHIP (self), NULL);

  return gtk_inscription_get_text (self->inscription);
}
