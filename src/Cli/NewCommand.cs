using System.CommandLine;
using System.Text;
using Wsis.Load;
using Wsis.Scaffold;

namespace Wsis.Cli;

/// <summary>`new priority C11`, `new row C5 --group wsis10`, `new page SLUG`: a correctly shaped entry, ready to fill in.</summary>
public static class NewCommand
{
    public static Command Create()
    {
        var content = CommonOptions.Folder(new Option<string>("--content", "-c") { Description = "Content folder to add to.", DefaultValueFactory = _ => "content" });
        var command = new Command("new", """
            Add a new priority, roadmap row or page with the next free number, every field in place.
            Required fields are left empty: 'check' then names each one still to fill in.

            Examples:
              dotnet run -- new priority C11
              dotnet run -- new row C5 --group wsis10
              dotnet run -- new page internet-governance
            """);

        var actionLine = new Argument<string>("action-line") { Description = "The action line, C1 to C11." };
        var priority = new Command("priority", "Add the next priority to action-lines/cN/priorities.yml.\n\nExample:\n  dotnet run -- new priority C11") { actionLine };
        priority.Options.Add(content);
        priority.SetAction(parse => Run(parse.GetValue(content)!, files => EntryScaffolder.Priority(files, parse.GetValue(actionLine)!)));

        var rowLine = new Argument<string>("action-line") { Description = "The action line, C1 to C11." };
        var group = new Option<string>("--group", "-g") { Description = "geneva (Geneva Plan of Action and Tunis Agenda) or wsis10 (WSIS+10 outcome documents).", Required = true };
        var label = new Option<string?>("--label", "-l") { Description = "The row's label as in the source; default: the one after the group's last label." };
        var row = new Command("row", "Add a roadmap row to action-lines/cN/roadmap.yml, after the last row of its group.\n\nExample:\n  dotnet run -- new row C5 --group wsis10") { rowLine };
        row.Options.Add(group);
        row.Options.Add(label);
        row.Options.Add(content);
        row.SetAction(parse => Run(parse.GetValue(content)!, files => EntryScaffolder.Row(files, parse.GetValue(rowLine)!, parse.GetValue(group)!, parse.GetValue(label))));

        var slug = new Argument<string>("slug") { Description = "The page's name in its web address: lowercase letters, digits and hyphens." };
        var page = new Command("page", "Add a free page, pages/SLUG.md, served at /SLUG/.\n\nExample:\n  dotnet run -- new page internet-governance") { slug };
        page.Options.Add(content);
        page.SetAction(parse => Run(parse.GetValue(content)!, files => EntryScaffolder.Page(files, parse.GetValue(slug)!)));

        command.Subcommands.Add(priority);
        command.Subcommands.Add(row);
        command.Subcommands.Add(page);
        return command;
    }

    public static int Run(string contentFolder, Func<IReadOnlyList<RawFile>, ScaffoldResult> scaffold, TextWriter? output = null, TextWriter? errors = null)
    {
        output ??= Console.Out;
        errors ??= Console.Error;
        if (CommonOptions.MissingFolder(contentFolder) is { } missing)
        {
            errors.WriteLine($"error: {missing}");
            return ExitCodes.Usage;
        }
        var result = scaffold(ContentDirectory.Read(contentFolder));
        if (result.Value is not { } entry)
        {
            errors.WriteLine($"error: {result.Error}");
            return ExitCodes.Usage;
        }
        var path = Path.Combine(contentFolder, entry.Path);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, entry.Text, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        var shown = Path.Combine(contentFolder, entry.Path).Replace('\\', '/');
        output.WriteLine($"{(entry.IsNewFile ? "Created" : "Added")} {entry.What} in {shown}, line {entry.Line}.");
        output.WriteLine($"Fill in: {string.Join(", ", entry.ToFill)}. Then run 'dotnet run -- check' and fix what it reports.");
        return ExitCodes.Success;
    }
}
