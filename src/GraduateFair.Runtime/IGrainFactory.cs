namespace GraduateFair.Runtime;

/// <summary>
/// Gets references to virtual actors. A reference is cheap and always valid: the grain is
/// activated on its first call, deactivated when idle and re-activated from persisted state.
/// </summary>
public interface IGrainFactory
{
    TGrainInterface GetGrain<TGrainInterface>(string key)
        where TGrainInterface : IGrainWithStringKey;
}
