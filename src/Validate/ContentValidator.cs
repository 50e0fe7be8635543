using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;

namespace Wsis.Validate;

/// <summary>Interprets the loaded files as the content model, reporting every problem it finds.</summary>
public static class ContentValidator
{
    /// <param name="lines">Action lines read before (serve); none for a one-off build.</param>
    public static ValidatedContent Validate(LoadedContent content, DiagnosticBag diagnostics, ActionLineCache? lines = null)
    {
        var site = CatalogReader.ReadSite(content.Site, diagnostics);
        var sources = CatalogReader.ReadSources(content.Sources, content.SourceTexts, diagnostics);
        var goals = CatalogReader.ReadGoals(content.Sdgs, diagnostics);
        var stakeholders = CatalogReader.ReadStakeholders(content.Stakeholders, diagnostics);

        var vocabulary = Vocabulary.From(goals, stakeholders, sources, content.Pages.Select(PageReader.SlugOf)) with
        {
            GoalsComplete = !diagnostics.HasErrorsIn(content.Sdgs?.File.Path ?? "sdgs.yml"),
            StakeholdersComplete = !diagnostics.HasErrorsIn(content.Stakeholders?.File.Path ?? "stakeholders.yml"),
            SourcesComplete = !diagnostics.HasErrorsIn(content.Sources?.File.Path ?? "sources.yml"),
        };
        var actionLines = content.ActionLines.AsParallel().AsOrdered()
            .Select(line => lines is null ? ActionLineReader.Read(line, vocabulary, diagnostics) : lines.Read(line, vocabulary, diagnostics))
            .OfType<ActionLine>()
            .ToList();
        // No duplicate check for action lines: each id must match its folder (WSIS207), and folders are unique.
        UnplacedFiles.Report(content, diagnostics);
        var pages = content.Pages.Select(page => PageReader.Read(page, vocabulary, diagnostics)).OfType<Page>().ToList();
        return new ValidatedContent(site, sources, goals, stakeholders, actionLines, pages);
    }
}
