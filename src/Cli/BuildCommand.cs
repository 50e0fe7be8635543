using System.CommandLine;
using Wsis.Build;
using Wsis.Diagnostics;

namespace Wsis.Cli;

/// <summary>`build` and `check`: the same pipeline, with or without writing.</summary>
public static class BuildCommand
{
    public static Command Create(CommonOptions common, bool write)
    {
        var output = new Option<string>("--output", "-o") { Description = "Folder to write the site to.", DefaultValueFactory = _ => "_site" };
        var search = SearchOption();
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
            // For the native binary, held to the memory goal; under the JIT (`dotnet run`), held to a time goal, the
            // collector's own full collections suffice (docs/speed.md, issue 16, seventh pass).
            CompactBetweenStages = !System.Runtime.CompilerServices.RuntimeFeature.IsDynamicCodeSupported,
        }));
        return command;
    }

    /// <summary>--search, for every command that writes the site.</summary>
    public static Option<Search.SearchIndexing> SearchOption() => new("--search")
    {
        Description = "Write the search index (Pagefind's format, with its scripts): auto (when 'npm ci' has installed Pagefind), required, or off.",
        DefaultValueFactory = _ => Search.SearchIndexing.Auto,
    };

    public static int Run(BuildOptions options) => Run(options, Console.Out, Console.Error);

    public static int Run(BuildOptions options, TextWriter output, TextWriter errors)
    {
        if (BuildChecks.Refuse(options, errors) is { } refused) return refused;
        var result = SiteBuilder.Build(options);
        DiagnosticPrinter.Print(result.Diagnostics, result.SourceTexts, errors);
        output.WriteLine(BuildSummary.Of(result, options.OutputDirectory, result.Timings.Total));
        return result.Succeeded ? ExitCodes.Success : ExitCodes.ContentErrors;
    }
}
