import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { Layout } from './Layout';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Layout>
      <h1>{t('notFound.title')}</h1>
      <Link href="/" className="button">
        {t('notFound.home')}
      </Link>
    </Layout>
  );
}
