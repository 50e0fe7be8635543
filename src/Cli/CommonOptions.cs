using System.CommandLine;

namespace Wsis.Cli;

/// <summary>Options every command that reads content shares, each refused at parse time when its folder does not exist.</summary>
public sealed class CommonOptions
{
    public Option<string> Content { get; } = Folder(new("--content", "-c") { Description = "Content folder to build.", DefaultValueFactory = _ => "content" });
    public Option<string> Templates { get; } = Folder(new("--templates") { Description = "Templates folder.", DefaultValueFactory = _ => "templates" });

    public void AddTo(Command command)
    {
        command.Options.Add(Content);
        command.Options.Add(Templates);
    }

    /// <summary>An option naming an input folder, which must exist.</summary>
    public static Option<string> Folder(Option<string> option)
    {
        option.Validators.Add(result =>
        {
            if (MissingFolder(result.GetValueOrDefault<string>()) is { } error) result.AddError(error);
        });
        return option;
    }

    /// <summary>The one "folder does not exist" message, for the options and for callers that skip parsing.</summary>
    public static string? MissingFolder(params string?[] folders) =>
        folders.FirstOrDefault(folder => folder is not null && !Directory.Exists(folder)) is { } missing
            ? $"the folder '{missing}' does not exist. Run from the repository root or pass --content and --templates."
            : null;
}
