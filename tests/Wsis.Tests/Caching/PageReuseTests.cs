using Wsis.Render;
using Wsis.Render.Views;
using Wsis.Tests.Support;
using static Wsis.Tests.Caching.ViewChanges;

namespace Wsis.Tests.Caching;

/// <summary>
/// serve takes a page's HTML from the last build when the page is planned with the same values (<see cref="SameView"/>)
/// under the same stamp (<see cref="KeptPages"/>): a view differing in any member, however deep in its lists, must
/// never be taken for the earlier one, and the same values made afresh must be.
/// </summary>
public sealed class PageReuseTests
{
    private static readonly Lazy<IReadOnlyList<PlannedPage>> RealPlan = new(() => UncheckedRender.Plan(ContentSet.Real, new MarkdownRenderer()).Plan);

    public static TheoryData<string> Templates => ["action-line.html", "item.html", "sdg.html", "stakeholder.html", "handout.html", "home.html", "source.html"];

    /// <summary>The page of the template in the real content whose view has the most members that hold something.</summary>
    private static PlannedPage Page(string template) =>
        RealPlan.Value.Where(p => p.Template == template).MaxBy(p => Members(p.Model).Count(m => Change(m.GetValue(p.Model), m.PropertyType, itemsByInstance: false) is not null))!;

    [Fact]
    public void Every_page_planned_again_from_the_same_content_is_the_same()
    {
        var earlier = RealPlan.Value;
        var again = UncheckedRender.Plan(ContentSet.Real, new MarkdownRenderer()).Plan;
        var same = new SameView();
        Assert.Equal(earlier.Select(p => p.Url), again.Select(p => p.Url));
        for (var i = 0; i < earlier.Count; i++)
        {
            Assert.False(ReferenceEquals(earlier[i].Model, again[i].Model));
            Assert.True(same.Same(earlier[i].Model, again[i].Model), $"{earlier[i].Url}: planned again, its view was not the same");
            Assert.True(same.Same(earlier[i].Meta, again[i].Meta), $"{earlier[i].Url}: planned again, its meta was not the same");
        }
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_page_view_that_differs_in_any_member_is_not_the_same(string template)
    {
        var earlier = Page(template).Model;
        var same = new SameView();
        var changed = new List<string>();
        foreach (var member in Members(earlier))
        {
            var other = Change(member.GetValue(earlier), member.PropertyType, itemsByInstance: false);
            if (other is null) continue;
            var fresh = Clone(earlier);
            member.SetValue(fresh, other);
            Assert.False(same.Same(earlier, fresh), $"{template}: a view with another {member.Name} was taken for the earlier one");
            changed.Add(member.Name);
        }
        Assert.True(changed.Count >= Members(earlier).Count() / 2, $"{template}: changed only {string.Join(", ", changed)}");
    }

    [Theory]
    [MemberData(nameof(Templates))]
    public void A_page_view_copied_into_new_instances_throughout_is_the_same(string template)
    {
        var earlier = Page(template).Model;
        var copy = Copy(earlier, itemsByInstance: false)!;
        Assert.False(ReferenceEquals(earlier, copy));
        Assert.True(new SameView().Same(earlier, copy));
    }

    [Fact]
    public void A_kept_page_is_found_only_with_the_same_stamp_template_meta_and_view()
    {
        var page = Page("item.html");
        var pages = new KeptPages();
        pages.Keep("stamp", page, "<html>kept</html>");
        var copy = page with { Model = Copy(page.Model, itemsByInstance: false)!, Meta = (PageMeta)Copy(page.Meta, itemsByInstance: false)! };

        Assert.Equal("<html>kept</html>", pages.Find("stamp", copy));
        Assert.Null(pages.Find("another stamp", page));
        Assert.Null(pages.Find("stamp", page with { Template = "page.html" }));
        Assert.Null(pages.Find("stamp", page with { Layout = "layouts/print.html" }));
        Assert.Null(pages.Find("stamp", page with { Stylesheet = "print.css" }));
        Assert.Null(pages.Find("stamp", page with { Meta = page.Meta with { Title = page.Meta.Title + "·" } }));
        Assert.Null(pages.Find("stamp", page with { Model = Change(page.Model, page.Model.GetType(), itemsByInstance: false)! }));
        Assert.Equal((1, 6), (pages.Reused, pages.Drawn));
        Assert.Null(new KeptPages(remember: false).Find("stamp", page));
    }

    [Fact]
    public void A_page_no_build_planned_is_forgotten()
    {
        var page = Page("item.html");
        var pages = new KeptPages();
        pages.Keep("stamp", page, "<html>kept</html>");
        pages.Sweep();
        pages.Sweep();
        Assert.Null(pages.Find("stamp", page));
    }
}
