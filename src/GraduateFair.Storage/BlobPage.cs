namespace GraduateFair.Storage;

/// <summary>One page of a listing; <see cref="Continuation"/> is null on the last page.</summary>
public sealed record BlobPage(IReadOnlyList<BlobProperties> Items, string? Continuation);
