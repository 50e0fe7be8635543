using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;

namespace Wsis.Validate;

/// <summary>Interprets the loaded files as the content model, reporting every problem it finds.</summary>
public static class ContentValidator
{
    public static ValidatedContent Validate(LoadedContent content, DiagnosticBag diagnostics)
    {
        var site = CatalogReader.ReadSite(content.Site, diagnostics);
        var sources = CatalogReader.ReadSources(content.Sources, content.SourceTexts, diagnostics);
        var goals = CatalogReader.ReadGoals(content.Sdgs, diagnostics);
        var stakeholders = CatalogReader.ReadStakeholders(content.Stakeholders, diagnostics);

        var vocabulary = Vocabulary.From(goals, stakeholders, sources, content.Pages.Select(PageReader.SlugOf));
        var actionLines = content.ActionLines.AsParallel().AsOrdered()
            .Select(line => ActionLineReader.Read(line, vocabulary, diagnostics))
            .OfType<ActionLine>()
            .ToList();
        foreach (var twin in actionLines.GroupBy(a => a.Id).Where(g => g.Key.Length > 0 && g.Count() > 1).SelectMany(g => g.Skip(1)))
            diagnostics.Error(DiagnosticCodes.DuplicateId, SourceLocation.File(twin.Files[0]), $"The action line '{twin.Id}' is defined twice.", "Give each folder its own id.");
        var pages = content.Pages.Select(page => PageReader.Read(page, vocabulary, diagnostics)).OfType<Page>().ToList();
        return new ValidatedContent(site, sources, goals, stakeholders, actionLines, pages);
    }
}
