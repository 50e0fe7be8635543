using Wsis.Model;
using Wsis.Render;

namespace Wsis.Pdf;

/// <summary>
/// Prints every handout: one PDF per action line, then the whole publication, whose contents get page numbers
/// from the lines' own PDFs (each line starts a new page and is laid out the same in both).
/// </summary>
public static class PdfBuilder
{
    public static IReadOnlyList<PdfJob> Jobs(Publication publication) =>
        [
            .. publication.ActionLines.Where(l => l.HasText).Select(l => new PdfJob($"{l.Id} {l.Title}", Urls.Handout(l.Id), Urls.HandoutPdf(l.Id).TrimStart('/'), l.Id)),
            new PdfJob($"{publication.Site.Title}: all action lines", Urls.PublicationHandout, Urls.PublicationPdf.TrimStart('/'), null),
        ];

    public static async Task<IReadOnlyList<PrintedPdf>> PrintAsync(PdfPrinter printer, Publication publication, Action<PrintedPdf>? printed = null)
    {
        var jobs = Jobs(publication);
        var results = new List<PrintedPdf>();
        foreach (var job in jobs.Where(j => j.ActionLineId is not null))
            results.Add(Report(await Print(printer, job, publication, null), printed));

        var whole = jobs.Single(j => j.ActionLineId is null);
        var linePages = results.Sum(r => r.Pages);
        // The cover is one page unless its contents grow; printing tells, and a second print corrects the numbers.
        var coverPages = 1;
        PrintedPdf? publicationPdf = null;
        for (var attempt = 0; attempt < 2 && publicationPdf is null; attempt++)
        {
            var candidate = await Print(printer, whole, publication, StartPages(results, coverPages));
            var actualCover = candidate.Pages - linePages;
            if (actualCover == coverPages || attempt == 1) publicationPdf = candidate;
            else coverPages = Math.Max(1, actualCover);
        }
        results.Add(Report(publicationPdf!, printed));
        return results;
    }

    public static IReadOnlyDictionary<string, int> StartPages(IReadOnlyList<PrintedPdf> lines, int coverPages)
    {
        var starts = new Dictionary<string, int>(StringComparer.Ordinal);
        var next = coverPages + 1;
        foreach (var line in lines)
        {
            starts[line.Job.ActionLineId!.ToLowerInvariant()] = next;
            next += line.Pages;
        }
        return starts;
    }

    private static async Task<PrintedPdf> Print(PdfPrinter printer, PdfJob job, Publication publication, IReadOnlyDictionary<string, int>? contents)
    {
        var printed = await printer.PrintAsync(job.PageUrl, contents);
        var bytes = PdfFile.Normalise(printed.Pdf, publication.Site.ContentDate);
        return new PrintedPdf(job, bytes, PdfFile.PageCount(bytes), printed.LongItems);
    }

    private static PrintedPdf Report(PrintedPdf pdf, Action<PrintedPdf>? printed)
    {
        printed?.Invoke(pdf);
        return pdf;
    }
}
