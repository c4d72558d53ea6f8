namespace GraduateFair.Storage;

/// <summary>Whether a blob is replaced whole (<see cref="Block"/>) or grown by appends (<see cref="Append"/>).</summary>
public enum BlobKind
{
    Block,
    Append,
}
