using Wsis.Diagnostics;
using Wsis.Model;
using Wsis.Tests.Support;
using Wsis.Validate;

namespace Wsis.Tests.Caching;

/// <summary>
/// serve reads again only the action line folders whose files changed, against an unchanged vocabulary: the others keep
/// their item records (what downstream reuse is keyed on), and what reading them reported is reported again.
/// (PreviewRebuildTests holds every rebuild to a fresh build, byte for byte.)
/// </summary>
public sealed class ActionLineReuseTests
{
    private const string C11 = "action-lines/c11/priorities.yml";

    private static (Publication? Publication, IReadOnlyList<Diagnostic> Reported) Model(ContentSet content, ActionLineCache lines)
    {
        var diagnostics = new DiagnosticBag();
        var (publication, _) = ContentModel.Build(content.ToRawFiles(), diagnostics, lines: lines);
        return (publication, diagnostics.Sorted());
    }

    private static IReadOnlyList<IItem> Items(Publication publication, string line) => [.. publication.Index.ActionLinesById[line].Items];

    [Fact]
    public void An_edit_of_one_folder_reads_only_that_folder_again()
    {
        var lines = new ActionLineCache();
        var (first, _) = Model(ContentSet.Real, lines);
        var (edited, _) = Model(ContentSet.Real.Replace(C11, "Foster further **cooperation", "Foster more **cooperation"), lines);

        Assert.Equal(Items(first!, "C6"), Items(edited!, "C6"), ReferenceEqualityComparer.Instance);
        Assert.Equal(Items(first!, "C2"), Items(edited!, "C2"), ReferenceEqualityComparer.Instance);
        Assert.DoesNotContain(Items(edited!, "C11"), item => Items(first!, "C11").Contains(item, ReferenceEqualityComparer.Instance));
        Assert.Contains(Items(edited!, "C11").OfType<Priority>(), p => p.Text.Contains("Foster more", StringComparison.Ordinal));
    }

    [Fact]
    public void Another_vocabulary_reads_every_folder_again()
    {
        var lines = new ActionLineCache();
        var (first, _) = Model(ContentSet.Real, lines);
        var (renamed, _) = Model(ContentSet.Real.Replace("sdgs.yml", "name: \"No poverty\"", "name: \"No poverty anywhere\""), lines);

        Assert.All(first!.ActionLines.Where(l => l.Items.Any()), line =>
            Assert.DoesNotContain(Items(renamed!, line.Id), item => Items(first, line.Id).Contains(item, ReferenceEqualityComparer.Instance)));
    }

    [Fact]
    public void What_reading_a_folder_reported_is_reported_again_when_it_is_not_read_again()
    {
        var broken = ContentSet.Real.Replace("action-lines/c6/roadmap.yml", "- target: \"9.c\"", "- targit: \"9.c\"");
        var lines = new ActionLineCache();
        var first = Model(broken, lines).Reported;
        var again = Model(broken, lines).Reported;
        var fresh = Model(broken, new ActionLineCache(remember: false)).Reported;

        Assert.Contains(first, d => d.Code == DiagnosticCodes.UnknownField && d.Location.Path == "action-lines/c6/roadmap.yml");
        Assert.Equal(fresh, first);
        Assert.Equal(fresh, again);
    }
}
