namespace Wsis.Tests;

/// <summary>Paths of the repository the tests run in, found from the test assembly's folder.</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");
    public static string Templates => Path.Combine(Root, "templates");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "site.csproj")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("site.csproj not found above the test folder");
    }
}
