using Wsis.Cli;

namespace Wsis.Tests;

/// <summary>The command line's exit codes: 0 success, 1 content errors, 2 wrong usage.</summary>
[Collection("Console")]
public class CliTests
{
    private static int Run(params string[] args)
    {
        var entry = typeof(ExitCodes).Assembly.EntryPoint!;
        var output = Console.Out;
        var error = Console.Error;
        try
        {
            Console.SetOut(TextWriter.Null);
            Console.SetError(TextWriter.Null);
            return (int)entry.Invoke(null, [args])!;
        }
        finally
        {
            Console.SetOut(output);
            Console.SetError(error);
        }
    }

    [Fact]
    public void Check_of_the_real_content_exits_0() =>
        Assert.Equal(ExitCodes.Success, Run("check", "--content", Repo.Content, "--templates", Repo.Templates));

    [Fact]
    public void Unknown_option_exits_2() =>
        Assert.Equal(ExitCodes.Usage, Run("build", "--no-such-option"));

    [Fact]
    public void Missing_content_folder_exits_2() =>
        Assert.Equal(ExitCodes.Usage, Run("check", "--content", "/nonexistent/content", "--templates", Repo.Templates));

    [Fact]
    public void Content_errors_exit_1()
    {
        var content = Directory.CreateTempSubdirectory("wsis-cli-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(content, "site.yml"), "title: [\n");
            Assert.Equal(ExitCodes.ContentErrors, Run("check", "--content", content, "--templates", Repo.Templates));
        }
        finally
        {
            Directory.Delete(content, recursive: true);
        }
    }
}
