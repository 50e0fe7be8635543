using System.Text;
using System.Text.Json.Nodes;
using Wsis.Build;
using Wsis.Cli;
using Wsis.Load;
using Wsis.Tests.Support;

namespace Wsis.Tests.Editions;

/// <summary>
/// A small git repository in a temporary folder: the minimal content committed and tagged once per edition, and an
/// editions.yml naming those tags, for building editions and running `changes` as a real clone would.
/// </summary>
public sealed class EditionRepo : IDisposable
{
    private readonly TempFolder _folder = new();
    private int _commits;

    public EditionRepo()
    {
        Git("init", "-q", "-b", "main");
    }

    public string Root => _folder.Path;

    public string Content => _folder.Combine("content");

    /// <summary>Writes the content (removing what it no longer has), commits it with a fixed date and tags the commit.</summary>
    public EditionRepo Commit(ContentSet content, string tag)
    {
        if (Directory.Exists(Content)) Directory.Delete(Content, recursive: true);
        content.WriteTo(Content);
        Git("add", "-A");
        _commits++;
        var date = $"2026-0{_commits}-15T12:00:00Z";
        Git(["-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "--allow-empty", "-m", tag], ("GIT_COMMITTER_DATE", date), ("GIT_AUTHOR_DATE", date));
        Git("tag", tag);
        return this;
    }

    /// <summary>Writes content/editions.yml into the working tree, one edition per (id, ref), dated a month apart.</summary>
    public EditionRepo Editions(params (string Id, string Ref)[] editions) => EditionsText(EditionsYaml(editions));

    public EditionRepo EditionsText(string yaml)
    {
        File.WriteAllText(Path.Combine(Content, "editions.yml"), yaml);
        return this;
    }

    public static string EditionsYaml(params (string Id, string Ref)[] editions)
    {
        var text = new StringBuilder("editions:\n");
        for (var i = 0; i < editions.Length; i++)
            text.Append($"  - id: {editions[i].Id}\n    title: {char.ToUpperInvariant(editions[i].Id[0])}{editions[i].Id[1..]} edition\n    date: 2026-0{i + 1}-20\n    ref: {editions[i].Ref}\n");
        return text.ToString();
    }

    /// <summary>The site built in memory from the working tree, as `build` reads it (content folder, git for the editions).</summary>
    public BuildResult Build() => SiteBuilder.Build(new BuildOptions { ContentDirectory = Content, TemplatesDirectory = Repo.Templates });

    public (int Exit, string Output, string Errors) Changes(string from, string? to, bool json)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var exit = ChangesCommand.Run(Content, from, to, json, output, errors);
        return (exit, output.ToString(), errors.ToString());
    }

    public JsonObject ChangesJson(string from, string? to = null)
    {
        var (exit, output, errors) = Changes(from, to, json: true);
        Assert.True(exit == 0, errors);
        return JsonNode.Parse(output)!.AsObject();
    }

    public string Git(params string[] arguments) => Git(arguments, []);

    public string Git(string[] arguments, params (string Name, string Value)[] environment)
    {
        var start = new System.Diagnostics.ProcessStartInfo("git") { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        foreach (var (name, value) in environment) start.Environment[name] = value;
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"git {string.Join(' ', arguments)}: {errors}");
        return output.Trim();
    }

    public void Dispose() => _folder.Dispose();
}
