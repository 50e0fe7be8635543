using Wsis.Build;
using Wsis.Cli;
using Wsis.Pdf;
using Wsis.Tests.Support;

namespace Wsis.Tests.Pdf;

/// <summary>Runs the pdf command's pipeline on the real content once, for all the PDF tests; records why it could not.</summary>
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
        // What `dotnet run -- pdf` does, into a folder of the tests: the site printed from, the site written and its PDFs.
        var run = await PdfCommand.Publish(new BuildOptions { ContentDirectory = Repo.Content, TemplatesDirectory = Repo.Templates, OutputDirectory = Folder, BaseUrl = BaseUrl },
            Paper.A4, ChromiumPath);
        Assert.True(run.Result.Succeeded, "the real content must build, print and be written: " + string.Join("\n", run.Result.Diagnostics.Where(d => d.IsError).Take(5)));
        (Build, Written, Pdfs) = (run.Printed, run.Result, run.Pdfs);
    }

    /// <summary>The build the pdf command wrote into <see cref="Folder"/>, with the PDFs.</summary>
    public BuildResult Written { get; private set; } = null!;

    public string PathOf(PrintedPdf pdf) => Path.Combine(Folder, pdf.Job.OutputPath);

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
