using Wsis.Build;
using Wsis.Diagnostics;
using Wsis.Tests.Support;

namespace Wsis.Tests.Editions;

/// <summary>Mistakes in editions.yml and in the history it names: each a diagnostic at its line, never an exception.</summary>
public class EditionErrorTests
{
    private static Diagnostic OnlyError(BuildResult result) => Assert.Single(result.Diagnostics, d => d.IsError);

    [Fact]
    public void A_ref_that_does_not_exist_is_an_error_at_its_line()
    {
        using var repo = new EditionRepo().Commit(ContentSet.Minimal, "ed-one").Editions(("first", "ed-one"), ("second", "ed-too"));

        var error = OnlyError(repo.Build());

        Assert.Equal(DiagnosticCodes.UnknownRef, error.Code);
        Assert.Equal(new SourceLocation("editions.yml", 9, 10), error.Location);
        Assert.Contains("'ed-too'", error.Message);
        Assert.Contains("git fetch --tags", error.Fix);
    }

    [Fact]
    public void A_shallow_clone_that_lacks_the_ref_says_how_to_fetch_it()
    {
        using var repo = new EditionRepo().Commit(ContentSet.Minimal, "ed-one").Commit(EditionCases.ChangedWord, "ed-two").Editions(("first", "ed-one"), ("second", "ed-two"));
        repo.Git("add", "-A");
        repo.Git("-c", "user.name=Test", "-c", "user.email=test@example.org", "commit", "-q", "-m", "editions");
        using var clone = new TempFolder();
        repo.Git("clone", "-q", "--depth", "1", "--no-tags", "file://" + repo.Root, clone.Combine("shallow"));

        var result = SiteBuilder.Build(new BuildOptions { ContentDirectory = clone.Combine("shallow", "content"), TemplatesDirectory = Repo.Templates });

        Assert.All(result.Diagnostics.Where(d => d.IsError), d => Assert.Equal(DiagnosticCodes.UnknownRef, d.Code));
        var error = result.Diagnostics.First(d => d.IsError);
        Assert.Equal(2, result.ErrorCount);
        Assert.Contains("shallow clone", error.Message);
        Assert.Contains("git fetch --unshallow --tags", error.Fix);
    }

    [Fact]
    public void A_duplicate_id_is_an_error_at_the_second()
    {
        using var repo = new EditionRepo().Commit(ContentSet.Minimal, "ed-one").Editions(("first", "ed-one"), ("first", "ed-one"));

        var error = OnlyError(repo.Build());

        Assert.Equal(DiagnosticCodes.DuplicateId, error.Code);
        Assert.Equal(new SourceLocation("editions.yml", 6, 9), error.Location);
    }

    [Fact]
    public void Dates_out_of_order_are_an_error_at_the_later_listed_date()
    {
        using var repo = new EditionRepo().Commit(ContentSet.Minimal, "ed-one")
            .EditionsText(EditionRepo.EditionsYaml(("first", "ed-one"), ("second", "ed-one")).Replace("date: 2026-02-20", "date: 2025-12-31"));

        var error = OnlyError(repo.Build());

        Assert.Equal(DiagnosticCodes.EditionOrder, error.Code);
        Assert.Equal(new SourceLocation("editions.yml", 8, 11), error.Location);
        Assert.Contains("before the edition listed above it ('first', 2026-01-20)", error.Message);
    }

    [Fact]
    public void An_edition_whose_content_no_longer_builds_is_reported_with_its_first_errors()
    {
        using var repo = new EditionRepo()
            .Commit(ContentSet.Minimal.Replace("action-lines/c11/priorities.yml", "  - number: 2", "  - number: two"), "ed-broken")
            .Commit(ContentSet.Minimal, "ed-two")
            .Editions(("first", "ed-broken"), ("second", "ed-two"));

        var error = OnlyError(repo.Build());

        Assert.Equal(DiagnosticCodes.EditionDoesNotBuild, error.Code);
        Assert.Equal(new SourceLocation("editions.yml", 5, 10), error.Location);
        Assert.Contains("action-lines/c11/priorities.yml(", error.Message);
    }

    [Fact]
    public void Several_editions_without_a_repository_are_an_error_not_a_crash()
    {
        var result = ContentSet.Minimal.With("editions.yml", EditionRepo.EditionsYaml(("first", "ed-one"), ("second", "ed-two"))).Build();

        Assert.Equal([DiagnosticCodes.NoRepository, DiagnosticCodes.NoRepository], result.Diagnostics.Where(d => d.IsError).Select(d => d.Code));
    }

    [Fact]
    public void Two_refs_with_the_same_content_share_one_model()
    {
        using var repo = new EditionRepo().Commit(ContentSet.Minimal, "ed-one").Commit(ContentSet.Minimal, "ed-again");
        var cache = new Wsis.Caching.Memo<string, Wsis.Editions.ContentSnapshot>(StringComparer.Ordinal);
        var reader = new Wsis.Editions.RevisionReader(Wsis.Load.GitRevisions.Open(repo.Content), cache);

        var first = reader.Read("ed-one", SourceLocation.File("editions.yml"), new DiagnosticBag());
        var second = reader.Read("ed-again", SourceLocation.File("editions.yml"), new DiagnosticBag());

        Assert.NotEqual(first!.Value.Commit, second!.Value.Commit);
        Assert.Same(first.Value.Snapshot, second.Value.Snapshot);
        Assert.Equal(1, cache.Misses);
    }
}
