using System.Text.Json;

namespace GraduateFair.Runtime;

/// <summary>The <c>Grains</c> configuration section.</summary>
public sealed class GrainHostOptions
{
    public const string SectionName = "Grains";

    /// <summary>An activation that received no call for this long is deactivated (default 15 minutes).</summary>
    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often idle activations are looked for (default 1 minute).</summary>
    public TimeSpan CollectionInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>
    /// A grain call that gets no answer for this long fails with <see cref="TimeoutException"/> (real
    /// time; one sweep every eighth of it finds such calls, so the failure comes within 1⅛ of it).
    /// <see cref="Timeout.InfiniteTimeSpan"/>: calls never time out.
    /// </summary>
    public TimeSpan CallTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>A journaled grain writes a snapshot after this many events since the last one (default 1,000).</summary>
    public int SnapshotEveryEvents { get; set; } = 1000;

    /// <summary>The upper bound of one journal append (an Azure append block holds at most 4 MiB).</summary>
    public int MaxAppendBytes { get; set; } = 4 * 1024 * 1024;

    /// <summary>Blob name prefix of grain state.</summary>
    public string StoragePrefix { get; set; } = "grains";

    /// <summary>How grain state and events are serialised.</summary>
    public JsonSerializerOptions SerializerOptions { get; set; } = new(JsonSerializerDefaults.Web);
}
