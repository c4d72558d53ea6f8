namespace GraduateFair.Runtime;

/// <summary>Marker for grain interfaces. Every method returns <see cref="Task"/> or <see cref="Task{TResult}"/>.</summary>
public interface IGrain;
