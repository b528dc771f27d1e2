using HealthReview.Pdf.Layout;

namespace HealthReview.Pdf.Elements;

/// <summary>
/// Rows of cells under a header that repeats on every page. A row that does not fit in the
/// space left moves whole to the next page; only a row that does not fit even at the top of a
/// page is split, and then between text lines (cells keep their own progress). Progress is the
/// index of the first row not yet fully drawn.
/// </summary>
public sealed class Table : Element
{
    public Table(IReadOnlyList<TableColumn> columns, IReadOnlyList<IReadOnlyList<Element>> rows, IReadOnlyList<Element>? header = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0)
        {
            throw new ArgumentException("A table needs at least one column.", nameof(columns));
        }

        if (header is not null && header.Count != columns.Count)
        {
            throw new ArgumentException($"The header has {header.Count} cells for {columns.Count} columns.", nameof(header));
        }

        var bad = rows.Select((r, i) => (r, i)).FirstOrDefault(x => x.r.Count != columns.Count);
        if (bad.r is not null)
        {
            throw new ArgumentException($"Row {bad.i} has {bad.r.Count} cells for {columns.Count} columns.", nameof(rows));
        }

        Columns = columns;
        Rows = rows;
        Header = header ?? [];
    }

    public IReadOnlyList<TableColumn> Columns { get; }

    public IReadOnlyList<IReadOnlyList<Element>> Rows { get; }

    public IReadOnlyList<Element> Header { get; }

    public override IEnumerable<Element> Children => field ??= [.. Header, .. Rows.SelectMany(r => r)];

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space) => TablePlanner.Plan(this, context, space).Result;

    public override void Draw(LayoutContext context, AvailableSpace space)
    {
        var plan = TablePlanner.Plan(this, context, space);
        if (plan.Result.IsWrap || plan.Result.Kind == SpacePlanKind.Empty)
        {
            return;
        }

        DrawCells(context, Header, plan.Widths, 0, plan.HeaderHeight, space.IsPageTop);
        var next = context.GetProgress(this, 0);
        foreach (var row in plan.Rows)
        {
            DrawCells(context, Rows[row.Index], plan.Widths, row.Y, row.Height, row.AtPageTop);
            next = row.Complete ? row.Index + 1 : row.Index;
        }

        // Past the last row also when the table has only a header, so that it is drawn once.
        context.SetProgress(this, Rows.Count == 0 ? 1 : next);
    }

    public override string Describe() => $"Table ({Columns.Count} columns, {Rows.Count} rows)";

    private static void DrawCells(LayoutContext context, IReadOnlyList<Element> cells, float[] widths, float y, float height, bool atTop)
    {
        var x = 0f;
        for (var c = 0; c < cells.Count; c++)
        {
            // Every cell gets the full row height, so backgrounds and rules line up across the row.
            context.DrawChild(cells[c], x, y, new AvailableSpace(widths[c], height, atTop));
            x += widths[c];
        }
    }
}
