using System.CommandLine;

namespace Wsis.Cli;

/// <summary>Options every command that reads content shares.</summary>
public sealed class CommonOptions
{
    public Option<string> Content { get; } = new("--content", "-c") { Description = "Content folder to build.", DefaultValueFactory = _ => "content" };
    public Option<string> Templates { get; } = new("--templates") { Description = "Templates folder.", DefaultValueFactory = _ => "templates" };

    public void AddTo(Command command)
    {
        command.Options.Add(Content);
        command.Options.Add(Templates);
    }
}
