using Wsis.Editions;
using Wsis.Render.Views;

namespace Wsis.Tests.Editions;

public class WordDiffTests
{
    private static IReadOnlyList<(string, string)> Marked(string before, string after, bool entries = false) =>
        WordDiff.Of(before, after, entries).Where(s => s.Kind != DiffSegment.Same).Select(s => (s.Kind, s.Text.Trim(' ', ','))).ToList();

    [Fact]
    public void Marks_only_the_words_that_changed_and_keeps_the_spaces_around_them_outside()
    {
        Assert.Equal([("del", "all")], Marked("at all levels", "at levels"));
        Assert.Equal([("ins", "every")], Marked("at levels", "at every levels"));
        Assert.Equal([("del", "issues"), ("ins", "matters")], Marked("on regional issues.", "on regional matters."));
    }

    [Fact]
    public void Diffs_a_list_of_keys_entry_by_entry()
    {
        Assert.Equal([("del", "9.1"), ("ins", "9.c")], Marked("9.1", "9.c", entries: true));
        Assert.Equal([("del", "academia, governments")], Marked("academia, governments, itu", "itu", entries: true));
    }

    [Theory]
    [InlineData("Governments should take action.", "Governments must take action now.", false)]
    [InlineData("at all levels", "at levels", false)]
    [InlineData("academia, governments, itu", "itu, un", true)]
    public void Without_the_insertions_the_segments_are_the_old_text_and_without_the_deletions_the_new(string before, string after, bool entries)
    {
        var segments = WordDiff.Of(before, after, entries);

        Assert.Equal(before, string.Concat(segments.Where(s => s.Kind != DiffSegment.Inserted).Select(s => s.Text)));
        Assert.Equal(after, string.Concat(segments.Where(s => s.Kind != DiffSegment.Deleted).Select(s => s.Text)));
    }
}
