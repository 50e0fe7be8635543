using System.CommandLine;
using Wsis.Diagnostics;
using Wsis.Editions;

namespace Wsis.Cli;

/// <summary>`changes`: what a pull request (or any two refs) changes in the published text, item by item.</summary>
public static class ChangesCommand
{
    public static Command Create(CommonOptions common)
    {
        var from = new Option<string>("--from") { Description = "The git ref to compare from, such as origin/main or a tag.", Required = true };
        var to = new Option<string?>("--to") { Description = "The git ref to compare to (default: the working tree)." };
        var json = new Option<bool>("--json") { Description = "Print JSON instead of Markdown." };
        var command = new Command("changes", """
            Print what changes in the publication between two versions of the content: items added, removed, moved, and
            changed fields with word diffs, and the pages each change touches. Markdown (for a pull request's job summary),
            or JSON with --json. A change that only reformats YAML is no change. Exits 0 whether or not anything changed,
            1 if either side has content errors.

            Example:
              dotnet run -- changes --from origin/main >> "$GITHUB_STEP_SUMMARY"
            """);
        command.Options.Add(common.Content);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(json);
        command.SetAction(parse => Run(parse.GetValue(common.Content)!, parse.GetValue(from)!, parse.GetValue(to), parse.GetValue(json), Console.Out, Console.Error));
        return command;
    }

    public static int Run(string content, string from, string? to, bool json, TextWriter output, TextWriter errors)
    {
        var set = ChangeSet.Compare(content, from, to);
        DiagnosticPrinter.Print(set.Diagnostics, set.Texts, errors);
        if (set.HasErrors)
        {
            errors.WriteLine($"Failed: {set.Diagnostics.Count(d => d.IsError)} content error(s); nothing compared.");
            return ExitCodes.ContentErrors;
        }
        output.Write(json ? ChangeReport.Json(set.From!, set.To!, set.Changes) : ChangeReport.Markdown(set.From!, set.To!, set.Changes));
        return ExitCodes.Success;
    }
}
