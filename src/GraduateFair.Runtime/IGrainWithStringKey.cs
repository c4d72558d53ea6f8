namespace GraduateFair.Runtime;

/// <summary>A grain identified by an opaque string key (the product's ids).</summary>
public interface IGrainWithStringKey : IGrain;
