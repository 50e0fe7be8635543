using Wsis.Diagnostics;
using Wsis.Load;
using Wsis.Model;

namespace Wsis.Editions;

/// <summary>One edition with its model; Changes are those since the edition before (null for the first).</summary>
public sealed record EditionState(Edition Edition, Publication Model, IReadOnlyList<ItemChange>? Changes)
{
    public int Count(ChangeKind kind) => Changes?.Count(c => c.Kind == kind) ?? 0;
}

/// <summary>
/// The publication's editions, each modelled from its ref and compared with the one before; SinceNewest is what
/// today's content changes after the newest edition (empty when it is that edition).
/// </summary>
public sealed record EditionHistory(IReadOnlyList<EditionState> Editions, IReadOnlyList<ItemChange> SinceNewest)
{
    public static readonly EditionHistory None = new([], []);

    public EditionState? Newest => Editions.Count == 0 ? null : Editions[^1];

    /// <summary>editionsFile: the decoded content/editions.yml, or null when there is none (then there are no editions).</summary>
    public static EditionHistory Read(SourceFile? editionsFile, Publication current, RevisionReader revisions, DiagnosticBag diagnostics)
    {
        var editions = EditionList.Read(editionsFile, diagnostics);
        if (editions.Count == 0 || diagnostics.HasErrorsIn(EditionList.FileName)) return None;
        // One edition needs no history to compare with: without a repository, today's content stands for it.
        if (editions.Count == 1 && !revisions.HasRepository) return new([new EditionState(editions[0], current, null)], []);

        var states = new List<EditionState>();
        foreach (var edition in editions)
        {
            if (revisions.Read(edition.Ref, edition.RefLocation, diagnostics) is not { } read) continue;
            if (read.Snapshot.Publication is not { } model)
            {
                var errors = read.Snapshot.Diagnostics.Where(d => d.IsError).ToList();
                diagnostics.Error(DiagnosticCodes.EditionDoesNotBuild, edition.RefLocation,
                    $"The content of edition '{edition.Id}' at '{edition.Ref}' does not build: {errors.Count} error{(errors.Count == 1 ? "" : "s")}, first {string.Join("; ", errors.Take(3).Select(e => $"{e.Location}: {e.Message}"))}.",
                    $"Run 'dotnet run -- changes --from {edition.Ref}' to see them all; point 'ref' at a commit whose content builds, or remove the edition.");
                continue;
            }
            states.Add(new EditionState(edition, model, states.Count == 0 ? null : EditionComparer.Compare(states[^1].Model, model)));
        }
        if (states.Count != editions.Count) return None;
        return new(states, EditionComparer.Compare(states[^1].Model, current));
    }
}
