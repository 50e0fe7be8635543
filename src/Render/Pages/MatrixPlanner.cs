using Wsis.Model;
using Wsis.Render.Views;
using static Wsis.Render.Pages.PlanContext;

namespace Wsis.Render.Pages;

/// <summary>The two tables that count items by action line: by goal and by stakeholder group.</summary>
internal sealed class MatrixPlanner(PlanContext plan)
{
    // Each template holds its page's introduction and row heading; both share partials/matrix-table.html.
    private const string GoalTemplate = "sdg-matrix.html";
    private const string StakeholderTemplate = "stakeholder-matrix.html";

    public PlannedPage ByGoal()
    {
        var meta = plan.Meta(plan.Words.For(GoalTemplate), Urls.SdgMatrix, "sdgs",
            [new LinkView("SDGs", Urls.Sdgs)], Template(GoalTemplate));
        var rows = plan.Publication.Goals.Select(g => (Header: new LinkView(g.Name, Urls.Goal(g.Number)), Goal: (int?)g.Number,
            Items: plan.Index.ItemsByGoal.GetValueOrDefault(g.Number) ?? [], Page: Urls.Goal(g.Number)));
        return new(Urls.SdgMatrix, GoalTemplate, Matrix(meta, rows, new LinkView("Stakeholders by action line", Urls.StakeholderMatrix)),
            meta, At("sdgs.yml"));
    }

    public PlannedPage ByStakeholder()
    {
        var meta = plan.Meta(plan.Words.For(StakeholderTemplate), Urls.StakeholderMatrix, "stakeholders",
            [new LinkView("Stakeholders", Urls.Stakeholders)], Template(StakeholderTemplate));
        var rows = plan.Publication.Stakeholders.Select(s => (Header: new LinkView(s.Name, Urls.Stakeholder(s.Slug)), Goal: (int?)null,
                Items: plan.Index.ItemsByStakeholder.GetValueOrDefault(s.Slug) ?? [], Page: Urls.Stakeholder(s.Slug)))
            .Append((Header: new LinkView(SearchFilter.AllStakeholders, Urls.AllStakeholders), Goal: null, Items: plan.Index.AllStakeholderItems, Page: Urls.AllStakeholders));
        return new(Urls.StakeholderMatrix, StakeholderTemplate, Matrix(meta, rows, new LinkView("SDGs by action line", Urls.SdgMatrix)),
            meta, At("stakeholders.yml"));
    }

    private MatrixView Matrix(PageMeta meta, IEnumerable<(LinkView Header, int? Goal, IReadOnlyList<IItem> Items, string Page)> rows, LinkView other)
    {
        var rowList = rows.ToList();
        var withItems = plan.Publication.ActionLines.Where(a => a.Priorities.Count + a.Roadmap.Count > 0).ToList();
        var empty = plan.Publication.ActionLines.Where(a => a.Priorities.Count + a.Roadmap.Count == 0).Select(a => a.Id).ToList();
        // A column of zeros says nothing a sentence cannot: lines whose items this matrix never counts are named instead.
        var lines = withItems.Where(a => rowList.Any(r => r.Items.Any(i => i.ActionLineId == a.Id))).ToList();
        var uncounted = withItems.Except(lines).Select(a => a.Id).ToList();
        var counts = rowList.Select(r => (Row: r, Counts: lines.Select(a => r.Items.Count(i => i.ActionLineId == a.Id)).ToList())).ToList();
        var max = Math.Max(1, counts.SelectMany(c => c.Counts).DefaultIfEmpty(0).Max());
        var rowViews = counts.Select(c =>
        {
            var cells = c.Counts
                .Select((count, i) => new MatrixCellView(count, count == 0 ? null : $"{c.Row.Page}#{Urls.GroupAnchor(lines[i].Id)}", (int)Math.Ceiling(4.0 * count / max)))
                .ToList();
            return new MatrixRowView(c.Row.Header, c.Row.Goal, cells, c.Row.Items.Count);
        }).ToList();
        return new MatrixView
        {
            Meta = meta,
            Columns = lines.Select(a => new LinkView(a.Id, Urls.ActionLine(a.Id))).ToList(),
            Rows = rowViews,
            ColumnTotals = lines.Select((_, i) => rowViews.Sum(r => r.Cells[i].Count)).ToList(),
            Total = rowViews.Sum(r => r.Total),
            UncountedLines = uncounted,
            EmptyLines = empty,
            OtherMatrix = other,
        };
    }
}
