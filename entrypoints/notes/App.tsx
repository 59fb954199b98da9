// The notes library entry: everything lives in components/library so the page stays thin.
import { LibraryPage } from '../../components/library/LibraryPage';

export function App() {
  return <LibraryPage />;
}
