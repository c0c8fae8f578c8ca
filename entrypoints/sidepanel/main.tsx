import { render } from 'preact';
import { ApiContext } from '../../components/api';
import { App } from '../../components/App';
import { connectPanel } from './connect';

connectPanel().then((api) => {
  render(
    <ApiContext.Provider value={api}>
      <App />
    </ApiContext.Provider>,
    document.getElementById('app')!,
  );
});
