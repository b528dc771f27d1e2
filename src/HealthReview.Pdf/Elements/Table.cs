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

    public override IEnumerable<Element> Children => Header.Concat(Rows.SelectMany(r => r));

    public override SpacePlan Measure(LayoutContext context, AvailableSpace space) => Plan(context, space).Result;

    public override void Draw(LayoutContext context, AvailableSpace space)
    {
        var plan = Plan(context, space);
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

    private TablePlan Plan(LayoutContext context, AvailableSpace space)
    {
        var widths = ColumnWidths(space.Width);
        var first = context.GetProgress(this, 0);
        if (first >= Math.Max(1, Rows.Count) || (Rows.Count == 0 && Header.Count == 0))
        {
            return new TablePlan(SpacePlan.Empty, widths, 0, []);
        }

        // The header is drawn again on every page, so it always starts from scratch.
        Header.ToList().ForEach(context.ResetProgress);
        var header = MeasureCells(context, Header, widths, space);
        if (header.Wrap is { } headerWrap || !header.Complete)
        {
            return new TablePlan(header.Wrap ?? SpacePlan.Wrap(this, "its header does not fit on one page"), widths, 0, []);
        }

        var rows = new List<PlacedRow>();
        var y = header.Height;
        for (var i = first; i < Rows.Count; i++)
        {
            var atTop = space.IsPageTop && rows.Count == 0;
            var cells = MeasureCells(context, Rows[i], widths, new AvailableSpace(space.Width, Math.Max(0, space.Height - y), atTop));
            if (!cells.Complete && !atTop)
            {
                break; // the row moves whole to the next page
            }

            if (cells.Wrap is { } cellWrap)
            {
                return new TablePlan(cellWrap, widths, header.Height, []);
            }

            rows.Add(new PlacedRow(i, y, cells.Height, cells.Complete, atTop));
            y += cells.Height;
            if (!cells.Complete)
            {
                break;
            }
        }

        if (rows.Count == 0 && Rows.Count > 0)
        {
            return new TablePlan(SpacePlan.Wrap(this, $"row {first + 1} does not fit in the space left on this page"), widths, header.Height, []);
        }

        var done = rows.Count == 0 || (rows[^1].Complete && rows[^1].Index == Rows.Count - 1);
        var result = done ? SpacePlan.FullRender(widths.Sum(), y) : SpacePlan.PartialRender(widths.Sum(), y);
        return new TablePlan(result, widths, header.Height, rows);
    }

    private static (float Height, bool Complete, SpacePlan? Wrap) MeasureCells(
        LayoutContext context, IReadOnlyList<Element> cells, float[] widths, AvailableSpace space)
    {
        float height = 0;
        var complete = true;
        for (var c = 0; c < cells.Count; c++)
        {
            var plan = cells[c].Measure(context, space with { Width = widths[c] });
            if (plan.IsWrap)
            {
                return (0, false, plan);
            }

            height = Math.Max(height, plan.Height);
            complete &= plan.Completes;
        }

        return (height, complete, null);
    }

    private static void DrawCells(LayoutContext context, IReadOnlyList<Element> cells, float[] widths, float y, float height, bool atTop)
    {
        var x = 0f;
        for (var c = 0; c < cells.Count; c++)
        {
            context.DrawChild(cells[c], x, y, new AvailableSpace(widths[c], height, atTop));
            x += widths[c];
        }
    }

    private float[] ColumnWidths(float available)
    {
        var constant = Columns.Sum(c => c.ConstantWidth);
        var perWeight = Math.Max(0, available - constant) / Math.Max(Columns.Sum(c => c.RelativeWeight), float.Epsilon);
        return Columns.Select(c => c.ConstantWidth + (c.RelativeWeight * perWeight)).ToArray();
    }

    private sealed record PlacedRow(int Index, float Y, float Height, bool Complete, bool AtPageTop);

    private sealed record TablePlan(SpacePlan Result, float[] Widths, float HeaderHeight, IReadOnlyList<PlacedRow> Rows);
}
