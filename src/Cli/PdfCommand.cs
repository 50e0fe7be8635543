using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Spectre.Console;
using Wsis.Build;
using Wsis.Load;
using Wsis.Pdf;
using Wsis.Render;
using Wsis.Write;

namespace Wsis.Cli;

/// <summary>`pdf`: the build, plus a PDF of every handout printed in headless Chromium, linked from the handout pages.</summary>
public static class PdfCommand
{
    public static Command Create(CommonOptions common)
    {
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the site and its PDFs to.", DefaultValueFactory = _ => "_site" };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute address the site is served from; links and QR codes in the PDFs point there (default: base_url in site.yml)." };
        var paper = new Option<string>("--paper") { Description = "Paper size of the PDFs: a4 or letter.", DefaultValueFactory = _ => "a4" };
        paper.AcceptOnlyFromAmong("a4", "letter");
        var chromium = new Option<string?>("--chromium") { Description = "Path to the Chromium executable (default: /usr/bin/chromium)." };
        var command = new Command("pdf", """
            Build the site, then print every handout to PDF in headless Chromium: one per action line
            (pdf/wsis-c2.pdf …) and one for the whole publication (pdf/wsis-action-lines.pdf), with contents,
            bookmarks and page numbers. The handout pages link their PDFs. Needs Debian's chromium.

            Example:
              dotnet run -- pdf --output _site --paper letter
            """);
        common.AddTo(command);
        command.Options.Add(output);
        command.Options.Add(baseUrl);
        command.Options.Add(paper);
        command.Options.Add(chromium);
        command.SetAction(parse => Run(new BuildOptions
        {
            ContentDirectory = parse.GetValue(common.Content)!,
            TemplatesDirectory = parse.GetValue(common.Templates)!,
            OutputDirectory = parse.GetValue(output),
            BaseUrl = parse.GetValue(baseUrl),
        }, parse.GetValue(paper) == "letter" ? Paper.Letter : Paper.A4, parse.GetValue(chromium)).GetAwaiter().GetResult());
        return command;
    }

    public static async Task<int> Run(BuildOptions options, Paper paper, string? chromiumPath, TextWriter? errors = null)
    {
        errors ??= Console.Error;
        // Playwright finds its API names through stack-frame reflection, which a Native AOT binary lacks (it fails inside Playwright.CreateAsync).
        if (!RuntimeFeature.IsDynamicCodeSupported)
        {
            errors.WriteLine("error: this Native AOT build cannot print PDFs (Playwright needs the .NET runtime); run 'dotnet run -- pdf' from the repository root instead.");
            return ExitCodes.ToolFailed;
        }
        if (BuildChecks.Refuse(options, errors) is { } refused) return refused;
        var chromium = Chromium.Find(chromiumPath);
        if (chromium is null)
        {
            errors.WriteLine($"error: {(chromiumPath is null ? "Chromium was not found" : $"there is no Chromium at '{chromiumPath}'")}. {Chromium.InstallHint}");
            return ExitCodes.ToolFailed;
        }

        var watch = Stopwatch.StartNew();
        var timings = new StageTimings();
        var (files, templates) = timings.Time("read", () => (ContentDirectory.Read(options.ContentDirectory), TemplateDirectory.Read(options.TemplatesDirectory)));
        var dates = timings.Time("history", () => SourceDates.Read(options.ContentDirectory, options.TemplatesDirectory));
        var revisions = new Editions.RevisionReader(GitRevisions.Open(options.ContentDirectory));
        var first = SiteBuilder.Build(files, templates, options.BaseUrl, timings, dates, revisions: revisions);
        if (!first.Succeeded) return Fail(first, options, errors);

        var baseUrl = options.BaseUrl ?? first.Publication!.Site.BaseUrl ?? SiteBuilder.DefaultBaseUrl;
        IReadOnlyList<PrintedPdf> pdfs;
        try
        {
            pdfs = await PrintAll(first, baseUrl, paper, chromium);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException)
        {
            errors.WriteLine($"error: printing the PDFs in Chromium ({chromium}) failed: {e.Message.Split('\n')[0]}");
            errors.WriteLine($"  fix: check that '{chromium} --headless --version' runs; {Chromium.InstallHint}");
            return ExitCodes.ToolFailed;
        }

        // Built again with the PDFs in it: the handout pages now link them, and the link check covers those links.
        var downloads = pdfs.Select(p => new OutputFile(p.Job.OutputPath, p.Content)).ToList();
        var result = SiteBuilder.Build(files, templates, options.BaseUrl, timings, dates, downloads, revisions: revisions);
        if (!result.Succeeded) return Fail(result, options, errors);
        try
        {
            SiteWriter.Write(result.Site!, options.OutputDirectory!, options.Inputs);
        }
        catch (Exception e) when (OutputFolder.IsWriteFailure(e))
        {
            return Fail(result with { Diagnostics = [.. result.Diagnostics, OutputFolder.NotWritten(options.OutputDirectory!, e)] }, options, errors);
        }

        DiagnosticPrinter.Print(result.Diagnostics, result.SourceTexts, errors);
        Console.WriteLine(Summary(result, pdfs, options, paper, watch.Elapsed));
        return ExitCodes.Success;
    }

    private static async Task<IReadOnlyList<PrintedPdf>> PrintAll(BuildResult built, string baseUrl, Paper paper, string chromium)
    {
        await using var printer = await PdfPrinter.StartAsync(chromium, baseUrl, new SiteFiles(built.Site!), paper);
        var jobs = PdfBuilder.Jobs(built.Publication!).Count;
        if (!Terminal.IsInteractive) return await PdfBuilder.PrintAsync(printer, built.Publication!);
        IReadOnlyList<PrintedPdf> pdfs = [];
        await AnsiConsole.Progress()
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new ElapsedTimeColumn())
            .StartAsync(async context =>
            {
                var task = context.AddTask($"Printing {jobs} PDFs", maxValue: jobs);
                pdfs = await PdfBuilder.PrintAsync(printer, built.Publication!, pdf =>
                {
                    task.Increment(1);
                    task.Description = $"Printed {Markup.Escape(pdf.Job.OutputPath)}";
                });
                task.Description = $"Printed {jobs} PDFs";
            });
        return pdfs;
    }

    private static int Fail(BuildResult result, BuildOptions options, TextWriter errors)
    {
        DiagnosticPrinter.Print(result.Diagnostics, result.SourceTexts, errors);
        Console.WriteLine(BuildCommand.Summary(result, options));
        return ExitCodes.ContentErrors;
    }

    public static string Summary(BuildResult result, IReadOnlyList<PrintedPdf> pdfs, BuildOptions options, Paper paper, TimeSpan elapsed)
    {
        var inv = CultureInfo.InvariantCulture;
        var megabytes = (pdfs.Sum(p => (long)p.Content.Length) / 1048576.0).ToString("0.0", inv);
        var counts = $"{result.ErrorCount} error{(result.ErrorCount == 1 ? "" : "s")}, {result.WarningCount} warning{(result.WarningCount == 1 ? "" : "s")}";
        return $"Built {result.Site!.Pages.Count} pages and {pdfs.Count} {paper.Name} PDFs ({pdfs.Sum(p => p.Pages)} pages, {megabytes} MB) " +
            $"into '{options.OutputDirectory}': {counts} in {elapsed.TotalSeconds.ToString("0.0", inv)} s.";
    }
}
