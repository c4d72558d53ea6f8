namespace GraduateFair.Storage;

/// <summary>The state of an append blob right after a successful append.</summary>
public readonly record struct AppendResult(long Length, string ETag);
