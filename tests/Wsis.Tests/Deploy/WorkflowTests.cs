using Wsis.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace Wsis.Tests.Deploy;

/// <summary>The pull-request workflow: tests, check and build on every pull request and push, read-only, SDK from global.json.</summary>
public class WorkflowTests
{
    private static readonly string WorkflowsFolder = Path.Combine(Repo.Root, ".github", "workflows");

    private static YamlMappingNode Load(string file)
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(Path.Combine(WorkflowsFolder, file))));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlMappingNode Site => Load("site.yml");

    private static IReadOnlyList<YamlMappingNode> Steps =>
        ((YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)Site["jobs"])["site"])["steps"]).Children.Cast<YamlMappingNode>().ToList();

    private static string? Value(YamlMappingNode map, string key) => map.Children.TryGetValue(key, out var node) ? (node as YamlScalarNode)?.Value : null;

    [Fact]
    public void Runs_on_every_pull_request_and_push_with_a_read_only_token()
    {
        var on = (YamlMappingNode)Site["on"];

        Assert.Contains("pull_request", on.Children.Keys.Select(k => k.ToString()));
        Assert.Contains("push", on.Children.Keys.Select(k => k.ToString()));
        Assert.Equal("read", Value((YamlMappingNode)Site["permissions"], "contents"));
        Assert.Single(((YamlMappingNode)Site["permissions"]).Children);
    }

    [Fact]
    public void No_workflow_runs_with_write_access_on_code_from_a_pull_request()
    {
        foreach (var file in Directory.GetFiles(WorkflowsFolder, "*.yml"))
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotContain("pull_request_target", text);
            Assert.DoesNotContain(": write", text);
            Assert.DoesNotContain("write-all", text);
        }
    }

    [Fact]
    public void The_sdk_comes_from_global_json()
    {
        var setup = Steps.Single(s => Value(s, "uses")?.StartsWith("actions/setup-dotnet@", StringComparison.Ordinal) == true);

        Assert.Equal("global.json", Value((YamlMappingNode)setup["with"], "global-json-file"));
        Assert.True(File.Exists(Path.Combine(Repo.Root, "global.json")));
    }

    [Fact]
    public void Tests_check_and_build_run_in_that_order_and_the_site_is_kept_as_an_artifact()
    {
        var runs = Steps.Select(s => Value(s, "run") ?? "").ToList();
        var test = runs.FindIndex(r => r.StartsWith("dotnet test", StringComparison.Ordinal));
        var check = runs.FindIndex(r => r.Contains("-- check", StringComparison.Ordinal));
        var build = runs.FindIndex(r => r.Contains("-- build --output _site", StringComparison.Ordinal));
        var npm = runs.FindIndex(r => r.StartsWith("npm ci", StringComparison.Ordinal));
        var upload = Steps.ToList().FindIndex(s => Value(s, "uses")?.StartsWith("actions/upload-artifact@", StringComparison.Ordinal) == true);

        Assert.True(npm >= 0 && npm < test && test < check && check < build && build < upload, $"npm {npm}, test {test}, check {check}, build {build}, upload {upload}");
        Assert.Contains("--search required", runs[build]);
        Assert.Equal("_site/", Value((YamlMappingNode)Steps[upload]["with"], "path"));
    }

    [Fact]
    public void The_checkout_has_the_whole_history_for_the_last_changed_dates()
    {
        var checkout = Steps.Single(s => Value(s, "uses")?.StartsWith("actions/checkout@", StringComparison.Ordinal) == true);

        Assert.Equal("0", Value((YamlMappingNode)checkout["with"], "fetch-depth"));
    }

    [Fact]
    public void A_pull_request_shows_what_it_changes_in_the_publication_in_its_job_summary()
    {
        var step = Steps.Single(s => Value(s, "run")?.Contains("-- changes", StringComparison.Ordinal) == true);

        Assert.Equal("github.event_name == 'pull_request'", Value(step, "if"));
        Assert.Equal("${{ github.base_ref }}", Value((YamlMappingNode)step["env"], "BASE_REF"));
        Assert.Equal("dotnet run -c Release -- changes --from \"origin/$BASE_REF\" >> \"$GITHUB_STEP_SUMMARY\"", Value(step, "run"));
    }
}
