using System.CommandLine;
using System.Globalization;
using Wsis.Build;

namespace Wsis.Cli;

/// <summary>`build` and `check`: the same pipeline, with or without writing.</summary>
public static class BuildCommand
{
    public static Command Create(CommonOptions common, bool write)
    {
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the site to.", DefaultValueFactory = _ => "_site" };
        var search = new Option<Search.SearchIndexing>("--search") { Description = "Run Pagefind over the written site: auto (when 'npm ci' has installed it), required, or off.", DefaultValueFactory = _ => Search.SearchIndexing.Auto };
        var baseUrl = new Option<string?>("--base-url") { Description = "Absolute address the site is served from, for the sitemap and canonical links (default: base_url in site.yml)." };
        var command = write
            ? new Command("build", "Validate the content, render every page, check the links and write the site.\n\nExample:\n  dotnet run -- build --output _site --base-url https://example.org")
            : new Command("check", "Do everything build does except writing: validate, render in memory, check links. Exits 1 on any error.\n\nExample:\n  dotnet run -- check --content content");
        common.AddTo(command);
        command.Options.Add(baseUrl);
        if (write)
        {
            command.Options.Add(output);
            command.Options.Add(search);
        }
        command.SetAction(parse => Run(new BuildOptions
        {
            ContentDirectory = parse.GetValue(common.Content)!,
            TemplatesDirectory = parse.GetValue(common.Templates)!,
            OutputDirectory = write ? parse.GetValue(output) : null,
            BaseUrl = parse.GetValue(baseUrl),
            Search = write ? parse.GetValue(search) : Search.SearchIndexing.Off,
        }));
        return command;
    }

    public static int Run(BuildOptions options) => Run(options, Console.Out, Console.Error);

    public static int Run(BuildOptions options, TextWriter output, TextWriter errors)
    {
        if (BuildChecks.Refuse(options, errors) is { } refused) return refused;
        var result = SiteBuilder.Build(options);
        DiagnosticPrinter.Print(result.Diagnostics, result.SourceTexts, errors);
        output.WriteLine(Summary(result, options));
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }

    public static string Summary(BuildResult result, BuildOptions options)
    {
        var seconds = result.Timings.Total.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture);
        var counts = $"{result.ErrorCount} error{(result.ErrorCount == 1 ? "" : "s")}, {result.WarningCount} warning{(result.WarningCount == 1 ? "" : "s")}";
        if (!result.Succeeded)
            return $"Failed: {counts}{(result.SearchFailed ? $", {result.SearchIndex}" : "")} in {seconds} s; {(options.OutputDirectory is null ? "nothing written" : $"'{options.OutputDirectory}' left as it was")}.";
        var pages = result.PageCount;
        return options.OutputDirectory is null
            ? $"Checked {pages} pages and {result.LinksChecked} links: {counts} in {seconds} s."
            : $"Built {pages} pages ({result.FileCount} files) into '{options.OutputDirectory}'{(result.SearchIndex is { } index ? $", {index}" : "")}: {counts} in {seconds} s.";
    }
}
