using System.Linq.Expressions;
using System.Reflection;
using GraduateFair.Runtime.Hosting;

namespace GraduateFair.Runtime.Proxies;

/// <summary>Turns a call on a grain reference into a work item for the grain's activation.</summary>
internal abstract class MethodDispatcher
{
    protected MethodDispatcher(string name) => Name = name;

    public string Name { get; }

    public abstract object Invoke(GrainRuntime runtime, GrainId grain, object?[] arguments);

    public static MethodDispatcher Create(MethodInfo method, GrainTypeInfo grain)
    {
        var name = $"{grain.InterfaceType.Name}.{method.Name}";
        if (method.IsGenericMethodDefinition || method.GetParameters().Any(p => p.ParameterType.IsByRef))
        {
            throw new InvalidOperationException($"{name}: grain methods cannot be generic or have ref/out parameters.");
        }

        var returnType = method.ReturnType;
        if (returnType == typeof(Task))
        {
            var invoker = Compile<Task>(method);
            return new MethodDispatcher<object?>(name, async (target, arguments) =>
            {
                await invoker(target, arguments).ConfigureAwait(false);
                return null;
            });
        }

        if (returnType.IsGenericType && returnType.GetGenericTypeDefinition() == typeof(Task<>))
        {
            var resultType = returnType.GetGenericArguments()[0];
            var invoker = typeof(MethodDispatcher).GetMethod(nameof(Compile), BindingFlags.NonPublic | BindingFlags.Static)!
                .MakeGenericMethod(returnType).Invoke(null, [method])!;
            return (MethodDispatcher)Activator.CreateInstance(typeof(MethodDispatcher<>).MakeGenericType(resultType), name, invoker)!;
        }

        throw new InvalidOperationException($"{name} returns {returnType}; grain methods return Task or Task<T>.");
    }

    /// <summary>Compiles <c>(grain, args) =&gt; ((IGrainX)grain).Method((T0)args[0], …)</c>.</summary>
    private static Func<object, object?[], TTask> Compile<TTask>(MethodInfo method)
    {
        var target = Expression.Parameter(typeof(object), "grain");
        var arguments = Expression.Parameter(typeof(object?[]), "arguments");
        var parameters = method.GetParameters()
            .Select((p, i) => Expression.Convert(Expression.ArrayIndex(arguments, Expression.Constant(i)), p.ParameterType));
        var call = Expression.Call(Expression.Convert(target, method.DeclaringType!), method, parameters);
        return Expression.Lambda<Func<object, object?[], TTask>>(call, target, arguments).Compile();
    }
}

internal sealed class MethodDispatcher<TResult>(string name, Func<object, object?[], Task<TResult>> invoker) : MethodDispatcher(name)
{
    public override object Invoke(GrainRuntime runtime, GrainId grain, object?[] arguments) =>
        runtime.InvokeAsync(grain, Name, invoker, arguments);
}
