using System.CommandLine;
using Wsis.Cli;

var common = new CommonOptions();
var root = new RootCommand("""
    Builds the WSIS Beyond-2015 publication from content/ into a static site.

    Examples:
      dotnet run -- build                 write the site to _site/
      dotnet run -- check                 validate and check links, write nothing
      dotnet run -- pdf                   the site plus a PDF of every handout (needs chromium)
      dotnet run -- new priority C11      add the next priority of C11, ready to fill in
      dotnet run -- serve                 preview on http://127.0.0.1:8080/, rebuilt on every change
      dotnet run -- build --help          options of one command
    """);
root.Subcommands.Add(BuildCommand.Create(common, write: true));
root.Subcommands.Add(BuildCommand.Create(common, write: false));
root.Subcommands.Add(PdfCommand.Create(common));
root.Subcommands.Add(NewCommand.Create());
root.Subcommands.Add(SampleCommand.Create());
root.Subcommands.Add(BenchCommand.Create(common));
root.Subcommands.Add(ServeCommand.Create(common));
root.Subcommands.Add(ChangesCommand.Create(common));
var help = new Command("help", "Show this help, or a command's: help build.");
var topic = new Argument<string?>("command") { Arity = ArgumentArity.ZeroOrOne };
help.Arguments.Add(topic);
help.SetAction(parse => root.Parse(parse.GetValue(topic) is { } name ? [name, "--help"] : ["--help"]).Invoke());
root.Subcommands.Add(help);

var parsed = root.Parse(args);
if (parsed.Errors.Count > 0)
{
    foreach (var error in parsed.Errors) Console.Error.WriteLine($"error: {error.Message}");
    Console.Error.WriteLine("Run 'dotnet run -- help' for the commands and their options.");
    return ExitCodes.Usage;
}
if (args.Length == 0)
{
    root.Parse(["--help"]).Invoke();
    return ExitCodes.Usage;
}
return parsed.Invoke();
