using System.Text.RegularExpressions;
using Bot.Core.Chat.Links;

namespace Bot.Core.Chat.Requests;

/// <summary>
/// The words after a verb, sorted in any order into named options (<c>count:2</c>, <c>--count 2</c>, and for
/// summaries <c>in de</c>), the topic (the words after <c>on</c>/<c>about</c>/<c>topic:</c> that are neither options
/// nor links) and the rest (links and bare words). A word shaped like an option that the verb does not take is a
/// <see cref="Problem"/>, never part of the topic.
/// </summary>
internal sealed partial class RequestWords
{
    private RequestWords() { }

    /// <summary>Canonical option name → value.</summary>
    public Dictionary<string, string> Options { get; } = new(StringComparer.OrdinalIgnoreCase);

    public List<string> Topic { get; } = [];

    public List<string> Rest { get; } = [];

    /// <summary>What is wrong, in words for the user; null when every option was understood.</summary>
    public string? Problem { get; private set; }

    /// <param name="names">Option names the verb takes (alias → canonical name); "topic" makes topics possible.</param>
    /// <param name="languageAfterIn">"in" followed by a language name or code is the language option.</param>
    public static RequestWords Read(IReadOnlyList<string> words, IReadOnlyDictionary<string, string> names, bool languageAfterIn)
    {
        var read = new RequestWords();
        var topics = names.Values.Contains("topic");
        var inTopic = false;
        for (var i = 0; i < words.Count; i++)
        {
            var word = words[i];
            var next = i + 1 < words.Count ? words[i + 1] : null;
            if (word.StartsWith('<') && !word.Contains('>', StringComparison.Ordinal))
            {
                // A Slack link with a label of several words: <url|the label>.
                var end = i;
                while (end + 1 < words.Count && !words[end].Contains('>', StringComparison.Ordinal))
                {
                    end++;
                }
                read.Rest.Add(string.Join(' ', words.Skip(i).Take(end - i + 1)));
                i = end;
            }
            else if (LinkFinder.Find(word, 1).Count > 0)
            {
                read.Rest.Add(word);
            }
            else if (Named(word, names) is { } inline)
            {
                inTopic |= read.Set(inline, word[(word.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            }
            else if (word.StartsWith("--", StringComparison.Ordinal) && names.TryGetValue(word[2..], out var flag))
            {
                if (next is null)
                {
                    read.Problem ??= $"{word} needs a value.";
                    continue;
                }
                inTopic |= read.Set(flag, next);
                i++;
            }
            else if (languageAfterIn && word.Equals("in", StringComparison.OrdinalIgnoreCase) && next is not null
                     && LanguageNames.ToCode(next) is not null)
            {
                read.Options["language"] = next;
                i++;
            }
            else if (topics && !inTopic && read.Topic.Count == 0 && word.ToLowerInvariant() is "on" or "about" or "topic:")
            {
                inTopic = true;
            }
            else if (LooksLikeOption(word))
            {
                read.Problem ??= $"I don't know the option \"{word}\".";
            }
            else
            {
                (inTopic ? read.Topic : read.Rest).Add(word);
            }
        }
        return read;
    }

    /// <summary>Sets an option; returns true when it starts the topic.</summary>
    private bool Set(string name, string value)
    {
        if (name != "topic")
        {
            Options[name] = value;
            return false;
        }
        Topic.Add(value);
        return true;
    }

    private static string? Named(string word, IReadOnlyDictionary<string, string> names)
    {
        var colon = word.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 && colon < word.Length - 1 && names.TryGetValue(word[..colon], out var name) ? name : null;
    }

    /// <summary><c>--name</c>, or <c>name:value</c> that is no URL (<c>http://…</c>) and no time (<c>10:30</c>).</summary>
    private static bool LooksLikeOption(string word) => OptionShape().IsMatch(word);

    [GeneratedRegex(@"^(--[A-Za-z][\w-]*|[A-Za-z][\w-]*:[^/:\s]\S*)$", RegexOptions.CultureInvariant)]
    private static partial Regex OptionShape();
}
