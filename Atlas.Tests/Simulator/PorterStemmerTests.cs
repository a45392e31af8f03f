using Atlas.JiraSimulator.Data;
using Atlas.JiraSimulator.Text;
using Microsoft.Data.Sqlite;

namespace Atlas.Tests.Simulator;

/// <summary>
/// The simulator's `~` must agree with Atlas's offline search, which is SQLite FTS5 `porter unicode61`: both are
/// run on the same words and their tokens compared one by one.
/// </summary>
public sealed class PorterStemmerTests
{
    private static readonly string[] PorterClassics =
    [
        "caresses", "ponies", "ties", "caress", "cats", "feed", "agreed", "plastered", "bled", "motoring", "sing",
        "conflated", "troubled", "sized", "hopping", "tanned", "falling", "hissing", "fizzed", "failing", "filing",
        "happy", "sky", "relational", "conditional", "rational", "valenci", "hesitanci", "digitizer", "conformabli",
        "radicalli", "differentli", "vileli", "analogousli", "vietnamization", "predication", "operator", "feudalism",
        "decisiveness", "hopefulness", "callousness", "formaliti", "sensitiviti", "sensibiliti", "triplicate",
        "formative", "formalize", "electriciti", "electrical", "hopeful", "goodness", "revival", "allowance",
        "inference", "airliner", "gyroscopic", "adjustable", "defensible", "irritant", "replacement", "adjustment",
        "dependent", "adoption", "homologou", "communism", "activate", "angulariti", "homologous", "effective",
        "bowdlerize", "probate", "rate", "cease", "controll", "roll", "generalization", "oscillators", "crashes",
        "goes", "yes", "eed", "need", "bed", "ying", "dying", "lying", "syzygy", "yellow", "crying", "boxes", "fixes",
        "buses", "kisses", "flies", "Björn", "Müller", "naïve", "logging", "logs", "ab", "xyz", "2026", "v2",
    ];

    [Fact]
    public void Stem_EveryTestWord_MatchesSqliteFts5Porter()
    {
        var words = PorterClassics.Concat(Vocabulary.Sentences).Concat(Vocabulary.Subjects).Concat(Vocabulary.Failures)
            .Concat(Vocabulary.Conditions).Concat(Vocabulary.StoryGoals).Concat(Vocabulary.Labels).ToList();

        var (sqlite, mine) = (SqliteTokens(words), words.Select(TextIndex.Stems).ToList());

        Assert.Equal(sqlite.Count, mine.Count);
        for (var i = 0; i < words.Count; i++)
        {
            Assert.True(sqlite[i].SequenceEqual(mine[i]), $"'{words[i]}': sqlite [{string.Join(' ', sqlite[i])}] vs simulator [{string.Join(' ', mine[i])}]");
        }
    }

    /// <summary>The tokens FTS5 stores for each text, in order, read back through `fts5vocab` (instance).</summary>
    private static List<string[]> SqliteTokens(List<string> texts)
    {
        using var db = new SqliteConnection("Data Source=:memory:");
        db.Open();
        Execute(db, "CREATE VIRTUAL TABLE t USING fts5(x, tokenize='porter unicode61'); CREATE VIRTUAL TABLE v USING fts5vocab(t, 'instance');");
        for (var i = 0; i < texts.Count; i++)
        {
            Execute(db, "INSERT INTO t(rowid, x) VALUES ($row, $text)", ("$row", i + 1), ("$text", texts[i]));
        }

        var tokens = texts.Select(_ => new SortedList<long, string>()).ToList();
        using var query = db.CreateCommand();
        query.CommandText = "SELECT doc, offset, term FROM v";
        using var reader = query.ExecuteReader();
        while (reader.Read())
        {
            tokens[(int)reader.GetInt64(0) - 1].Add(reader.GetInt64(1), reader.GetString(2));
        }

        return [.. tokens.Select(t => t.Values.ToArray())];
    }

    private static void Execute(SqliteConnection db, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = db.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
