using System.Reflection;
using FluentValidation;
using FluentValidation.Internal;
using MediatR;
using Mentorship.Application.Common.Behaviours;
using Mentorship.Application.Matching;
using Microsoft.Extensions.DependencyInjection;

namespace Mentorship.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Registers the use cases. MediatR 5.1.0 has no AddMediatR: handlers are found by one scan of this assembly,
    /// and behaviours are registered in order, the first outermost.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, string? autoMapperLicenseKey)
    {
        var assembly = Assembly.GetExecutingAssembly();

        services.AddScoped<ServiceFactory>(sp => sp.GetService!);
        services.AddScoped<IMediator, Mediator>();

        var handlerInterfaces = new[] { typeof(IRequestHandler<,>), typeof(INotificationHandler<>) };
        foreach (var type in assembly.GetTypes().Where(t => t is { IsAbstract: false, IsInterface: false, IsGenericTypeDefinition: false }))
        {
            foreach (var contract in type.GetInterfaces().Where(i => i.IsGenericType && handlerInterfaces.Contains(i.GetGenericTypeDefinition())))
            {
                services.AddTransient(contract, type);
            }
        }

        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(UnhandledExceptionBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(AuthorizationBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(ValidationBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(TransactionBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(PerformanceBehaviour<,>));
        services.AddTransient(typeof(IPipelineBehavior<,>), typeof(Auditing.PersonalDataReadAuditBehaviour<,>));

        services.AddLocalization();
        // A part's validator built with a value (SetValidator(new DocumentFieldsValidator(level))) is no service: only
        // validators whose constructors take services (or nothing) are registered.
        services.AddValidatorsFromAssembly(assembly, includeInternalTypes: true,
            filter: scan => scan.ValidatorType.GetConstructors().Any(c => c.GetParameters().All(p => !p.ParameterType.IsValueType)));
        ValidatorOptions.Global.PropertyNameResolver = CamelCasePropertyNameResolver.ResolvePropertyName;

        // Messages name the field as the caller wrote it ('pageSize'), not split into words ('page Size').
        ValidatorOptions.Global.DisplayNameResolver = (type, member, expression) => member is null ? null : CamelCasePropertyNameResolver.ResolvePropertyName(type, member, null);

        services.AddSingleton(MatchingScorer.Default);
        services.AddTransient<MatchingEngine>();

        // Submitted answers to reporting requests feed criteria 4–7.
        services.AddScoped<Monitoring.Common.IReportedCriterionInputs, Monitoring.Common.SubmittedReportInputs>();

        services.AddAutoMapper(cfg => cfg.LicenseKey = autoMapperLicenseKey, assembly);

        return services;
    }
}

/// <summary>Validation errors are keyed by the JSON field name (camelCase), e.g. "headCount.pupilsTotal".</summary>
public static class CamelCasePropertyNameResolver
{
    public static string? ResolvePropertyName(Type type, MemberInfo? memberInfo, System.Linq.Expressions.LambdaExpression? expression)
    {
        var path = expression is null ? memberInfo?.Name : PropertyChain.FromExpression(expression).ToString();
        if (string.IsNullOrEmpty(path))
        {
            return path;
        }

        return string.Join('.', path.Split('.').Select(part => part.Length == 0 ? part : char.ToLowerInvariant(part[0]) + part[1..]));
    }
}
