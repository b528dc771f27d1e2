using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Elements;

/// <summary>Decides which rows of a <see cref="Table"/> go on the current page; shared by Measure and Draw.</summary>
internal static class TablePlanner
{
    public static TablePlan Plan(Table table, LayoutContext context, AvailableSpace space)
    {
        var widths = ColumnWidths(table.Columns, space.Width);
        var first = context.GetProgress(table, 0);
        if (first >= Math.Max(1, table.Rows.Count) || (table.Rows.Count == 0 && table.Header.Count == 0))
        {
            return new TablePlan(SpacePlan.Empty, widths, 0, []);
        }

        // The header is drawn again on every page, so it always starts from scratch.
        foreach (var cell in table.Header)
        {
            context.ResetProgress(cell);
        }

        var header = MeasureCells(context, table.Header, widths, space);
        if (header.Wrap is { } || !header.Complete)
        {
            return new TablePlan(header.Wrap ?? SpacePlan.Wrap(table, "its header does not fit on one page"), widths, 0, []);
        }

        var rows = new List<PlacedRow>();
        var y = header.Height;
        for (var i = first; i < table.Rows.Count; i++)
        {
            var atTop = space.IsPageTop && rows.Count == 0;
            var cells = MeasureCells(context, table.Rows[i], widths, new AvailableSpace(space.Width, Math.Max(0, space.Height - y), atTop));
            if (cells.Wrap is { } cellWrap)
            {
                if (atTop)
                {
                    return new TablePlan(cellWrap, widths, header.Height, []); // cannot fit even at the top of a page
                }

                break;
            }

            if (!cells.Complete && !atTop && FitsOnAPage(context, table.Rows[i], widths, header.Height))
            {
                break; // the row moves whole to the next page
            }

            rows.Add(new PlacedRow(i, y, cells.Height, cells.Complete, atTop));
            y += cells.Height;
            if (!cells.Complete)
            {
                break; // a row taller than a page: the rest continues on the next page
            }
        }

        if (rows.Count == 0 && table.Rows.Count > 0)
        {
            return new TablePlan(SpacePlan.Wrap(table, $"row {first + 1} does not fit in the space left on this page"), widths, header.Height, []);
        }

        var done = rows.Count == 0 || (rows[^1].Complete && rows[^1].Index == table.Rows.Count - 1);
        var result = done ? SpacePlan.FullRender(widths.Sum(), y) : SpacePlan.PartialRender(widths.Sum(), y);
        return new TablePlan(result, widths, header.Height, rows);
    }

    /// <summary>A row that would not fit under the header of an empty page splits where it is instead of leaving a gap.</summary>
    private static bool FitsOnAPage(LayoutContext context, IReadOnlyList<Element> row, float[] widths, float headerHeight) =>
        MeasureCells(context, row, widths, new AvailableSpace(widths.Sum(), context.PageContentSize.Height - headerHeight, IsPageTop: true)).Complete;

    private static (float Height, bool Complete, SpacePlan? Wrap) MeasureCells(
        LayoutContext context, IReadOnlyList<Element> cells, float[] widths, AvailableSpace space)
    {
        float height = 0;
        var complete = true;
        for (var c = 0; c < cells.Count; c++)
        {
            var plan = context.Measure(cells[c], space with { Width = widths[c] });
            if (plan.IsWrap)
            {
                return (0, false, plan);
            }

            height = Math.Max(height, plan.Height);
            complete &= plan.Completes;
        }

        return (height, complete, null);
    }

    private static float[] ColumnWidths(IReadOnlyList<TableColumn> columns, float available)
    {
        var constant = columns.Sum(c => c.ConstantWidth);
        var perWeight = Math.Max(0, available - constant) / Math.Max(columns.Sum(c => c.RelativeWeight), float.Epsilon);
        return columns.Select(c => c.ConstantWidth + (c.RelativeWeight * perWeight)).ToArray();
    }

    internal sealed record PlacedRow(int Index, float Y, float Height, bool Complete, bool AtPageTop);

    internal sealed record TablePlan(SpacePlan Result, float[] Widths, float HeaderHeight, IReadOnlyList<PlacedRow> Rows);
}
