using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.Playwright;
using Spectre.Console;
using Wsis.Build;
using Wsis.Diagnostics;
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
        var search = BuildCommand.SearchOption();
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
        command.Options.Add(search);
        command.Options.Add(chromium);
        command.SetAction(parse => Run(new BuildOptions
        {
            ContentDirectory = parse.GetValue(common.Content)!,
            TemplatesDirectory = parse.GetValue(common.Templates)!,
            OutputDirectory = parse.GetValue(output),
            BaseUrl = parse.GetValue(baseUrl),
            Search = parse.GetValue(search),
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
        PdfRun run;
        try
        {
            run = await Publish(options, paper, chromium);
        }
        catch (Exception e) when (e is PlaywrightException or TimeoutException or InvalidOperationException)
        {
            errors.WriteLine($"error: printing the PDFs in Chromium ({chromium}) failed: {e.Message.Split('\n')[0]}");
            errors.WriteLine($"  fix: check that '{chromium} --headless --version' runs; {Chromium.InstallHint}");
            return ExitCodes.ToolFailed;
        }

        var result = run.Result;
        DiagnosticPrinter.Print(result.Diagnostics, result.SourceTexts, errors);
        var megabytes = (run.Pdfs.Sum(p => (long)p.Content.Length) / 1048576.0).ToString("0.0", CultureInfo.InvariantCulture);
        Console.WriteLine(BuildSummary.Of(result, options.OutputDirectory, watch.Elapsed,
            $"and {run.Pdfs.Count} {paper.Name} PDFs ({run.Pdfs.Sum(p => p.Pages)} pages, {megabytes} MB)"));
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    /// <summary>The site and its PDFs: built in memory, printed, then built again with the PDFs into the output folder.</summary>
    /// <param name="options">Options that <see cref="BuildChecks.Refuse"/> has accepted.</param>
    public static async Task<PdfRun> Publish(BuildOptions options, Paper paper, string chromium)
    {
        // One set of inputs and one cache for both builds: the second renders again only the handout pages that now link their PDFs.
        var timings = new StageTimings();
        var inputs = BuildInputs.Read(options, timings, new BuildCache());
        var printed = SiteBuilder.Build(inputs, new MemorySink(), timings);
        if (!printed.Succeeded) return new PdfRun(printed, printed, []);
        var baseUrl = options.BaseUrl ?? printed.Publication!.Site.BaseUrl ?? SiteBuilder.DefaultBaseUrl;
        var pdfs = await PrintAll(printed, baseUrl, paper, chromium);

        // The handout pages now link their PDFs, and the link check covers those links; the site is written with its search index.
        var downloads = pdfs.Select(p => new OutputFile(p.Job.OutputPath, p.Content)).ToList();
        using var sink = new StagingSink(options.OutputDirectory!, options.Inputs, options.Search, inputs.Pagefind);
        return new PdfRun(printed, SiteBuilder.Build(inputs with { Downloads = downloads }, sink, timings), pdfs);
    }

    /// <param name="Printed">The site in memory that the PDFs were printed from.</param>
    /// <param name="Result">The build written to the output folder, PDFs included (the failed build when there is none).</param>
    public sealed record PdfRun(BuildResult Printed, BuildResult Result, IReadOnlyList<PrintedPdf> Pdfs);

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
}
