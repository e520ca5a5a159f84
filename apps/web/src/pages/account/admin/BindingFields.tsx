import { useId } from 'react';
import { useIntl } from 'react-intl';
import { useCountries } from '../../../api/countries.ts';
import { ROLES, type Role } from '../../../api/types.ts';
import { useLocale } from '../../../i18n/LocaleProvider.tsx';
import type { FormErrors } from '../forms.tsx';
import { type AdminData, bindingOf } from './data.ts';

export interface Binding {
  role: Role;
  countryIso3: string;
  organisationId: string;
  companyId: string;
}

/** A role and, when the role needs one, its country, organisation or company: labelled selects. */
export function BindingFields({
  value,
  onChange,
  data,
  errors,
}: {
  value: Binding;
  onChange: (next: Binding) => void;
  data: AdminData;
  errors: FormErrors;
}) {
  const intl = useIntl();
  const t = (id: string) => intl.formatMessage({ id });
  const id = useId();
  const countries = useCountries();
  const { lang } = useLocale();
  const binding = bindingOf(value.role);
  const bindingField =
    binding === 'country' ? 'countryIso3' : binding === 'organisation' ? 'organisationId' : 'companyId';
  const bindingError = binding ? errors.fields[bindingField] : undefined;
  const collator = new Intl.Collator(intl.locale);
  const options =
    binding === 'country'
      ? countries.status === 'ok'
        ? countries.data.list
            .map((c) => ({ id: c.iso3, label: c.name[lang] ?? c.iso3 }))
            .sort((a, b) => collator.compare(a.label, b.label))
        : []
      : binding === 'organisation'
        ? data.organisations.map((o) => ({ id: o.id, label: o.name }))
        : data.companies.map((c) => ({ id: c.id, label: c.name }));
  const current = value[bindingField as keyof Binding] as string;
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-role`}>{t('auth.account.role')}</label>
        <select
          id={`${id}-role`}
          name="role"
          value={value.role}
          onChange={(e) => onChange({ ...value, role: e.target.value as Role })}
        >
          {ROLES.map((r) => (
            <option key={r} value={r}>
              {t(`auth.role.${r}`)}
            </option>
          ))}
        </select>
      </div>
      {binding && (
        <div className="field">
          <label htmlFor={`${id}-binding`}>{t(`auth.admin.binding.${binding}`)}</label>
          <select
            id={`${id}-binding`}
            name={bindingField}
            value={current}
            required
            aria-invalid={bindingError ? true : undefined}
            aria-describedby={bindingError ? `${id}-binding-error` : undefined}
            onChange={(e) => onChange({ ...value, [bindingField]: e.target.value })}
          >
            <option value="">{t('auth.admin.choose')}</option>
            {options.map((o) => (
              <option key={o.id} value={o.id}>
                {o.label}
              </option>
            ))}
          </select>
          {bindingError && (
            <p id={`${id}-binding-error`} className="field-error">
              {bindingError}
            </p>
          )}
          {options.length === 0 && binding !== 'country' && (
            <p className="field-hint">{t(`auth.admin.none.${binding}`)}</p>
          )}
        </div>
      )}
    </>
  );
}

/** The request body's bindings for a role (only the one the role uses). */
export function bindingBody(b: Binding) {
  const kind = bindingOf(b.role);
  return {
    role: b.role,
    countryIso3: kind === 'country' ? b.countryIso3 || null : null,
    organisationId: kind === 'organisation' ? b.organisationId || null : null,
    companyId: kind === 'company' ? b.companyId || null : null,
  };
}
