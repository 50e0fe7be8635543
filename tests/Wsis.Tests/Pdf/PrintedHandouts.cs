using Wsis.Build;
using Wsis.Load;
using Wsis.Pdf;

namespace Wsis.Tests.Pdf;

/// <summary>Builds the real content and prints every handout once, for all the PDF tests; records why it could not.</summary>
public sealed class PrintedHandouts : IAsyncLifetime
{
    public const string BaseUrl = "https://wsis.example.org";

    public string? SkipReason { get; private set; }
    public BuildResult Build { get; private set; } = null!;
    public IReadOnlyList<PrintedPdf> Pdfs { get; private set; } = [];
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"wsis-pdf-tests-{Environment.ProcessId}");
    public string? ChromiumPath { get; private set; }

    public async ValueTask InitializeAsync()
    {
        ChromiumPath = Chromium.Find();
        if (ChromiumPath is null)
        {
            SkipReason = "Chromium is not installed (apt-get install -y chromium): the PDF tests print handouts with it.";
            return;
        }
        if (!PdfText.Available)
        {
            SkipReason = "pdftotext is not installed (apt-get install -y poppler-utils): the PDF tests read the PDFs with it.";
            return;
        }
        Build = SiteBuilder.Build(ContentDirectory.Read(Repo.Content), TemplateDirectory.Read(Repo.Templates), BaseUrl, dates: SourceDates.Read(Repo.Content, Repo.Templates));
        Assert.True(Build.Succeeded, "the real content must build before its handouts can be printed");
        await using var printer = await PdfPrinter.StartAsync(ChromiumPath, BaseUrl, new SiteFiles(Build.Site!), Paper.A4);
        Pdfs = await PdfBuilder.PrintAsync(printer, Build.Publication!);
        Directory.CreateDirectory(Folder);
        foreach (var pdf in Pdfs) await File.WriteAllBytesAsync(PathOf(pdf), pdf.Content);
    }

    public string PathOf(PrintedPdf pdf) => Path.Combine(Folder, Path.GetFileName(pdf.Job.OutputPath));

    public PrintedPdf For(string? actionLineId) => Pdfs.Single(p => p.Job.ActionLineId == actionLineId);

    public void SkipUnlessPrinted()
    {
        if (SkipReason is not null) Assert.Skip(SkipReason);
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}
