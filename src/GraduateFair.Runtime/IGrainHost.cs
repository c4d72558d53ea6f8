namespace GraduateFair.Runtime;

/// <summary>Control of the grain host itself, for the application's lifetime and for tests.</summary>
public interface IGrainHost
{
    /// <summary>The number of activations currently in memory.</summary>
    int ActivationCount { get; }

    /// <summary>Deactivates every activation, writing its state, and waits until all are gone.</summary>
    Task DeactivateAllAsync();
}
