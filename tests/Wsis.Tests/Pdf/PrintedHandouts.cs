using Wsis.Build;
using Wsis.Load;
using Wsis.Pdf;
using Wsis.Tests.Support;

namespace Wsis.Tests.Pdf;

/// <summary>Prints every handout of the run's real site once, for all the PDF tests; records why it could not.</summary>
public sealed class PrintedHandouts : IAsyncLifetime
{
    public const string BaseUrl = RealSite.BaseUrl;

    /// <summary>Why nothing was printed: the tool that is missing, and what the tests needed it for.</summary>
    public (RequiredTool Tool, string What)? Missing { get; private set; }
    public BuildResult Build { get; private set; } = null!;
    public IReadOnlyList<PrintedPdf> Pdfs { get; private set; } = [];
    public string Folder { get; } = Path.Combine(Path.GetTempPath(), $"wsis-pdf-tests-{Environment.ProcessId}");
    public string? ChromiumPath { get; private set; }

    public async ValueTask InitializeAsync()
    {
        ChromiumPath = RequiredTool.FindChromium();
        if (ChromiumPath is null)
        {
            Missing = (RequiredTool.Chromium, $"{RequiredTool.ChromiumNotFound} The PDF tests print the handouts with it.");
            return;
        }
        if (!PdfText.Available)
        {
            Missing = (RequiredTool.Pdftotext, "pdftotext is not on the PATH. The PDF tests read the PDFs with it.");
            return;
        }
        Build = RealSite.Shared.Result;
        await using var printer = await PdfPrinter.StartAsync(ChromiumPath, BaseUrl, new SiteFiles(Build.Site!), Paper.A4);
        Pdfs = await PdfBuilder.PrintAsync(printer, Build.Publication!);
        Directory.CreateDirectory(Folder);
        foreach (var pdf in Pdfs) await File.WriteAllBytesAsync(PathOf(pdf), pdf.Content);
    }

    public string PathOf(PrintedPdf pdf) => Path.Combine(Folder, Path.GetFileName(pdf.Job.OutputPath));

    public PrintedPdf For(string? actionLineId) => Pdfs.Single(p => p.Job.ActionLineId == actionLineId);

    public void SkipUnlessPrinted()
    {
        if (Missing is { } missing) missing.Tool.Missing(missing.What);
    }

    public ValueTask DisposeAsync()
    {
        if (Directory.Exists(Folder)) Directory.Delete(Folder, recursive: true);
        return ValueTask.CompletedTask;
    }
}

[CollectionDefinition(Name)]
public sealed class PdfCollection : ICollectionFixture<PrintedHandouts>
{
    public const string Name = "Handouts printed in Chromium";
}
