using System.Security.Cryptography;
using System.Text;
using AutoMapper;
using AutoMapper.QueryableExtensions;
using FluentValidation;
using MediatR;
using Mentorship.Application.Common;
using Mentorship.Application.Common.Exceptions;
using Mentorship.Application.Common.Interfaces;
using Mentorship.Application.Common.Models;
using Mentorship.Application.Common.Security;
using Mentorship.Domain.Integration;
using Mentorship.Domain.Territory;
using Microsoft.EntityFrameworkCore;

namespace Mentorship.Application.Integration;

/// <summary>API keys look like <c>msk_</c> + 12 characters of prefix + 32 of secret; only their SHA-256 is kept.</summary>
public static class ApiKeySecrets
{
    public const string Scheme = "msk_";

    public static (string Key, string Prefix, string Hash) Generate()
    {
        var body = Base64Url(RandomNumberGenerator.GetBytes(33));
        var key = Scheme + body;
        return (key, body[..ApiKey.PrefixLength], Hash(key));
    }

    public static string? PrefixOf(string key) =>
        key.StartsWith(Scheme, StringComparison.Ordinal) && key.Length > Scheme.Length + ApiKey.PrefixLength ? key.Substring(Scheme.Length, ApiKey.PrefixLength) : null;

    public static string Hash(string key) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    public static bool Matches(string key, string hash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(hash));

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}

public sealed record ApiKeyDto
{
    public Guid Id { get; init; }

    public required string Name { get; init; }

    public required string ClientId { get; init; }

    public required string Prefix { get; init; }

    public IReadOnlyList<Guid> OrganizationIds { get; init; } = [];

    public DateTimeOffset Created { get; init; }

    public DateTimeOffset? RevokedAt { get; init; }

    public DateTimeOffset? LastUsedAt { get; init; }

    private sealed class Mapping : Profile
    {
        public Mapping() => CreateMap<ApiKey, ApiKeyDto>().ForMember(d => d.OrganizationIds, o => o.MapFrom(s => s.Organizations.Select(x => x.OrganizationId)));
    }
}

/// <summary>The created key with its secret, which is shown this once and never again.</summary>
public sealed record CreatedApiKeyDto(ApiKeyDto ApiKey, string Key);

[Authorize(Roles = Roles.Administrator)]
public sealed record CreateApiKeyCommand(string? Name, string? ClientId, IReadOnlyList<Guid>? OrganizationIds) : IRequest<CreatedApiKeyDto>;

public sealed class CreateApiKeyValidator : AbstractValidator<CreateApiKeyCommand>
{
    public CreateApiKeyValidator()
    {
        RuleFor(c => c.Name).NotEmpty().MaximumLength(ApiKey.NameMaxLength);
        RuleFor(c => c.ClientId).NotEmpty().MaximumLength(ApiKey.ClientIdMaxLength).Matches("^[A-Za-z0-9._-]+$");
        RuleFor(c => c.OrganizationIds).NotEmpty();
        RuleFor(c => c.OrganizationIds!.Count).LessThanOrEqualTo(1000).When(c => c.OrganizationIds is not null);
    }
}

internal sealed class CreateApiKeyHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<CreateApiKeyCommand, CreatedApiKeyDto>
{
    public async Task<CreatedApiKeyDto> Handle(CreateApiKeyCommand request, CancellationToken cancellationToken)
    {
        var wanted = request.OrganizationIds!.Distinct().ToList();
        var known = await db.Organizations.Where(o => wanted.Contains(o.Id)).Select(o => o.Id).ToListAsync(cancellationToken);
        var missing = wanted.Except(known).ToList();
        if (missing.Count > 0)
        {
            throw new ValidationException("organizationIds", Texts.NotFound(nameof(Organization), string.Join(", ", missing)));
        }

        var (key, prefix, hash) = ApiKeySecrets.Generate();
        var apiKey = new ApiKey(request.Name!, request.ClientId!, prefix, hash, wanted);
        db.ApiKeys.Add(apiKey);
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedApiKeyDto(mapper.Map<ApiKeyDto>(apiKey), key);
    }
}

[Authorize(Roles = Roles.Administrator)]
public sealed record RevokeApiKeyCommand(Guid Id) : IRequest<ApiKeyDto>;

internal sealed class RevokeApiKeyHandler(IApplicationDbContext db, IMapper mapper, TimeProvider time) : IRequestHandler<RevokeApiKeyCommand, ApiKeyDto>
{
    public async Task<ApiKeyDto> Handle(RevokeApiKeyCommand request, CancellationToken cancellationToken)
    {
        var apiKey = await db.ApiKeys.SingleOrDefaultAsync(k => k.Id == request.Id, cancellationToken)
                     ?? throw new NotFoundException(nameof(ApiKey), request.Id);
        if (apiKey.IsRevoked)
        {
            throw new ConflictException(Texts.Pick("Ключ уже отозван.", "The key is already revoked."));
        }

        apiKey.Revoke(time.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        return mapper.Map<ApiKeyDto>(apiKey);
    }
}

/// <param name="ClientId">Only the keys of this client.</param>
/// <param name="IncludeRevoked">Also list revoked keys.</param>
/// <param name="Page">Page number, from 1.</param>
/// <param name="PageSize">Items per page, 1–200.</param>
[Authorize(Roles = Roles.Administrator)]
public sealed record GetApiKeysQuery(string? ClientId = null, bool IncludeRevoked = false, int Page = 1, int PageSize = PageRequest.DefaultPageSize)
    : IRequest<PagedList<ApiKeyDto>>, IPagedRequest;

public sealed class GetApiKeysValidator : AbstractValidator<GetApiKeysQuery>
{
    public GetApiKeysValidator() => Include(new PagedRequestValidator());
}

internal sealed class GetApiKeysHandler(IApplicationDbContext db, IMapper mapper) : IRequestHandler<GetApiKeysQuery, PagedList<ApiKeyDto>>
{
    public Task<PagedList<ApiKeyDto>> Handle(GetApiKeysQuery request, CancellationToken cancellationToken)
    {
        var query = db.ApiKeys.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(request.ClientId))
        {
            query = query.Where(k => k.ClientId == request.ClientId);
        }

        if (!request.IncludeRevoked)
        {
            query = query.Where(k => k.RevokedAt == null);
        }

        return query.OrderBy(k => k.ClientId).ThenBy(k => k.Name).ThenBy(k => k.Id)
            .ProjectToPagedListAsync<ApiKeyDto>(mapper.ConfigurationProvider, PageRequest.From(request), cancellationToken);
    }
}
