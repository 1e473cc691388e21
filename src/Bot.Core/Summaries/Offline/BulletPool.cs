namespace Bot.Core.Summaries.Offline;

/// <summary>Bullet candidates: whole sentences, and the fragments that may fill up when a page has too few of them.</summary>
public sealed record BulletPool(IReadOnlyList<ArticleSentence> Whole, IReadOnlyList<ArticleSentence> Fallback);
